package org.campaignkit.export;

/** An output needs a string the language lacks and the person did not allow the source text instead. */
public class MissingTranslationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MissingTranslationException(String language, String key) {
        super("\"" + key + "\" is not translated into " + language + " (export with --allow-missing to use the source text)");
    }
}
