package org.campaignkit.export.layout;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words a document type brings with it ("FOR IMMEDIATE RELEASE", "Page 1 of 2", "Subject:"),
 * in the document's language, from the {@code conventions} resource bundle; English where a
 * language has no file of its own. Never the computer's own language: an export made on a French
 * laptop must read the same as one made anywhere else.
 */
public final class Conventions {
    static final String BUNDLE = "org.campaignkit.export.layout.conventions";
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;

    private Conventions(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The conventions for a BCP 47 language tag such as "es", "pt-BR" or "zh-Hans". */
    public static Conventions forLanguage(String languageTag) {
        Locale locale = languageTag == null ? Locale.ROOT : Locale.forLanguageTag(languageTag);
        return new Conventions(ResourceBundle.getBundle(BUNDLE, locale, Conventions.class.getClassLoader(),
                NO_DEFAULT_LOCALE));
    }

    /** "FOR IMMEDIATE RELEASE". */
    public String immediateRelease() {
        return word("release.immediate");
    }

    /** "EMBARGOED UNTIL {embargo}". */
    public String embargoedUntil(String embargo) {
        return fill("release.embargoed", embargo);
    }

    /** "— {who}", the line under a quote. */
    public String attribution(String who) {
        return fill("quote.attribution", who);
    }

    /** "Subject: {subject}" for a letter. */
    public String subject(String subject) {
        return fill("letter.subject", subject);
    }

    /** "E-mail: {address}" in a letter's sender block. */
    public String email(String address) {
        return fill("letter.email", address);
    }

    /** "Tel.: {number}" in a letter's sender block. */
    public String phone(String number) {
        return fill("letter.phone", number);
    }

    /** "Page {0} of {1}", split where the page number and the page count go. */
    public PageNumbering pageNumbering() {
        return PageNumbering.parse(word("page.numbering"));
    }

    /** Every key a conventions file must have, for the test that keeps translations complete. */
    static List<String> keys() {
        return List.of("release.immediate", "release.embargoed", "quote.attribution", "page.numbering", "letter.subject",
                "letter.email", "letter.phone");
    }

    private String word(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("The conventions bundle lacks \"" + key + "\"", e);
        }
    }

    /** Plain replacement, not MessageFormat: an apostrophe (French "jusqu'au") must stay text. */
    private String fill(String key, String value) {
        return word(key).replace("{0}", value);
    }
}
