package org.campaignkit.text;

/**
 * One platform's text rules, read from platforms.json so that a person can follow a platform's
 * change of limit without a new release.
 *
 * @param urlLength the length a URL counts as, or 0 when URLs count as written
 * @param maxHashtags how many hashtags a post may carry, or 0 for no cap
 * @param linkInPost whether the message's link is appended to the post text
 */
public record Platform(String id, String name, int limit, Counting counting, int urlLength, int maxHashtags,
        boolean linkInPost) {

    /** Counts text the way this platform does. */
    public int count(String text) {
        return switch (counting) {
            case TWITTER -> TextCounters.twitterWeighted(text);
            case GRAPHEMES -> TextCounters.graphemes(text);
            case CHARACTERS -> TextCounters.codePoints(text, urlLength);
        };
    }
}
