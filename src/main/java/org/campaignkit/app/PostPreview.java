package org.campaignkit.app;

/** A message as one platform will publish it in the target language, with its count against the limit. */
public record PostPreview(String platform, String post, int count, int limit) {
    public boolean over() {
        return count > limit;
    }
}
