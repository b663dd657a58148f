package org.campaignkit.export.sheet;

/**
 * One message on one platform, as it will be published.
 *
 * @param post the final post: text, link and hashtags, placeholders filled, markup removed
 * @param postWithoutLink the same post without the appended link, for schedulers that attach the link themselves
 * @param count the post counted the way the platform counts
 * @param limit the platform's limit, or 0 when the platform has no known rules
 * @param maxHashtags how many hashtags the platform allows, or 0 for no cap
 * @param link the message's link, or null
 * @param cardId the attached card, or null
 * @param cardFile the card image for this platform, relative to the language folder ("cards/safeguards-x.png"), or null
 * @param altText the card's alt text in this language, or null
 */
public record MessageRow(String messageId, String platformId, String platformName, String post,
        String postWithoutLink, int count, int limit, int hashtags, int maxHashtags, String link, String cardId,
        String cardFile, String altText) {

    /** True when the post is longer than the platform allows. */
    public boolean overLimit() {
        return limit > 0 && count > limit;
    }

    /** True when the post carries more hashtags than the platform allows. */
    public boolean tooManyHashtags() {
        return maxHashtags > 0 && hashtags > maxHashtags;
    }

    /** True when the platform has rules (a limit) in the platform file. */
    public boolean hasLimit() {
        return limit > 0;
    }
}
