package org.campaignkit.export.sheet;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fixed words of a message sheet (title, notes, column headers) in the sheet's language, from
 * {@code sheet_<lang>.properties}; English where a language has no bundle. Never the JVM's own
 * locale: a French computer exporting German must not get French words.
 */
public final class SheetWords {
    static final String BUNDLE = "org.campaignkit.export.sheet.sheet";
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)\\}");

    private final String language;
    private final ResourceBundle bundle;

    private SheetWords(String language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    public static SheetWords forLanguage(String languageTag) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(languageTag),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new SheetWords(languageTag, bundle);
    }

    /** A word or pattern with {0}, {1}, ... replaced by the arguments, in order. */
    public String get(String key, Object... args) {
        // One pass, not MessageFormat: an apostrophe in French stays as written, and an argument that
        // itself contains "{1}" (alt text, a platform name) is never replaced again.
        Matcher m = ARGUMENT.matcher(bundle.getString(key));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int index = Integer.parseInt(m.group(1));
            String value = index < args.length ? String.valueOf(args[index]) : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The language's own name as it is written mid-sentence: "español", "العربية", "中文（简体）". */
    public String languageName() {
        ULocale locale = ULocale.forLanguageTag(language);
        return LocaleDisplayNames.getInstance(locale, DisplayContext.CAPITALIZATION_FOR_MIDDLE_OF_SENTENCE)
                .localeDisplayName(locale);
    }

    /** "Social media messages — español". */
    public String title() {
        return get("title", languageName());
    }
}
