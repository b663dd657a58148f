package org.campaignkit.kit;

import java.util.Locale;
import java.util.Optional;

/** A document type brings its conventions (release line and end mark; letter parts); DOCUMENT is plain. */
public enum DocumentType {
    PRESS_RELEASE, LETTER, DOCUMENT;

    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<DocumentType> parse(String word) {
        for (DocumentType t : values()) {
            if (t.word().equals(word)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
