package org.campaignkit.kit;

import java.util.Locale;
import java.util.Optional;

/** The kinds of document block the kit format knows. */
public enum BlockKind {
    HEADLINE, SUBHEADLINE, DATELINE, HEADING, PARAGRAPH, QUOTE, LIST, CONTACT;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<BlockKind> parse(String word) {
        for (BlockKind k : values()) {
            if (k.word().equals(word)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
