package org.campaignkit.export;

import java.util.Locale;
import java.util.Optional;

/** What an exported file is, as the manifest and {@code --only} name it. */
public enum OutputKind {
    PRESS_RELEASE, LETTER, DOCUMENT, CARD, MESSAGE_SHEET, SCHEDULE, ALT_TEXT, PACK;

    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<OutputKind> parse(String word) {
        for (OutputKind k : values()) {
            if (k.word().equals(word)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
