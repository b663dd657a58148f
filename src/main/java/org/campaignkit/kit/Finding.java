package org.campaignkit.kit;

import java.util.Comparator;

/**
 * One thing a person should know about a kit: what (code), how bad (severity), and where
 * (file, language, key or JSON pointer). Lives in the domain so that reading a kit can report
 * problems without depending on the preflight rules built on top of it.
 */
public record Finding(Severity severity, String code, String language, String key, String file, String message) {

    /** Orders findings as people read them: by language (kit-wide first), file, severity, key. */
    public static final Comparator<Finding> READING_ORDER = Comparator
            .comparing((Finding f) -> f.language() == null ? "" : f.language())
            .thenComparing(f -> f.file() == null ? "" : f.file())
            .thenComparing(Finding::severity)
            .thenComparing(f -> f.key() == null ? "" : f.key())
            .thenComparing(Finding::message);

    public static Finding error(String code, String file, String message) {
        return new Finding(Severity.ERROR, code, null, null, file, message);
    }

    public static Finding warning(String code, String file, String message) {
        return new Finding(Severity.WARNING, code, null, null, file, message);
    }

    public Finding inLanguage(String language) {
        return new Finding(severity, code, language, key, file, message);
    }

    public Finding atKey(String key) {
        return new Finding(severity, code, language, key, file, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
