package org.campaignkit.kit;

import java.util.List;
import java.util.Map;

/** A suggested social post: its text key, per-platform variant keys, platforms, link, hashtags, card. */
public record Message(String id, String textKey, Map<String, String> variantKeys, List<String> platforms,
        String link, List<String> hashtags, String cardId) {

    public Message {
        variantKeys = Map.copyOf(variantKeys);
        platforms = List.copyOf(platforms);
        hashtags = List.copyOf(hashtags);
    }

    /** The key of the text shown on a platform: its variant if there is one, else the main text. */
    public String textKeyFor(String platform) {
        return variantKeys.getOrDefault(platform, textKey);
    }
}
