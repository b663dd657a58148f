package org.campaignkit.kit;

import java.util.Locale;
import java.util.Optional;

/** What kind of value a variable holds; decides how it is checked and formatted. */
public enum VariableType {
    TEXT, DATE, EMAIL, PHONE, URL;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<VariableType> parse(String word) {
        if (word == null) {
            return Optional.of(TEXT);
        }
        for (VariableType t : values()) {
            if (t.word().equals(word)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
