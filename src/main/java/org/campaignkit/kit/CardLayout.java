package org.campaignkit.kit;

import java.util.Locale;
import java.util.Optional;

/** Where a card's text sits: a band at the bottom, centred on a scrim, or at the top. */
public enum CardLayout {
    BOTTOM_BAND, CENTER, TOP;

    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<CardLayout> parse(String word) {
        for (CardLayout l : values()) {
            if (l.word().equals(word)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
