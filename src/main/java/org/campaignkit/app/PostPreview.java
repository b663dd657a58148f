package org.campaignkit.app;

/**
 * A message as one platform will publish it in the target language, with its count against the
 * limit; {@code sourceStandsIn} when the text is not translated yet and the source is shown instead.
 */
public record PostPreview(String platform, String post, int count, int limit, boolean sourceStandsIn) {
    public boolean over() {
        return count > limit;
    }
}
