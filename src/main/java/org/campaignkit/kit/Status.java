package org.campaignkit.kit;

import java.util.Locale;
import java.util.Optional;

/** Where a translation stands. A plain string entry in a texts file counts as translated. */
public enum Status {
    DRAFT, TRANSLATED, REVIEWED;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Status> parse(String word) {
        for (Status s : values()) {
            if (s.word().equals(word)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
