package org.campaignkit.text;

import java.util.Locale;
import java.util.Optional;

/** How a platform counts a post's length. */
public enum Counting {
    /** twitter-text's weighted length: CJK and emoji weigh 2, every URL 23. */
    TWITTER,
    /** User-perceived characters (grapheme clusters): a flag or a family emoji is one. */
    GRAPHEMES,
    /** Unicode code points, with URLs counted at a fixed length where the platform shortens them. */
    CHARACTERS;

    public static Optional<Counting> parse(String word) {
        for (Counting c : values()) {
            if (c.name().toLowerCase(Locale.ROOT).equals(word)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
