package org.campaignkit.app;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.geometry.NodeOrientation;

/**
 * The window's words, from the {@code ui} resource bundles (en, es, pt-BR, fr, ar). The interface
 * language is, in this order: {@code -Dcampaignkit.ui=ar}, the {@code CAMPAIGN_KIT_UI} environment
 * variable, the choice made in the Language menu, the system's language when we have it, else
 * English (a person may use a laptop set to a language they do not read).
 */
public final class Ui {
    /** The interface languages we ship, in the order the settings menu lists them. */
    public static final List<String> LANGUAGES = List.of("en", "es", "pt-BR", "fr", "ar");
    static final String BUNDLE = "org.campaignkit.app.ui";

    private static volatile Locale locale = chooseLocale();
    private static volatile ResourceBundle bundle = load(locale);

    private Ui() {
    }

    /** The text for a key, with {@code {0}}-style arguments filled in for the interface language. */
    public static String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing word must never stop the window; the key shows, and the bundle test catches it.
            return key;
        }
        // Always through MessageFormat, so a pattern reads the same with and without arguments.
        return new MessageFormat(pattern, locale).format(args);
    }

    /** The interface language in use. */
    public static Locale locale() {
        return locale;
    }

    /** Right to left for Arabic, so the whole window mirrors. */
    public static NodeOrientation orientation() {
        return "ar".equals(locale.getLanguage()) ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT;
    }

    /** Switches the interface language (before the window is built; tests use it too). */
    public static void use(String tag) {
        locale = supported(tag);
        bundle = load(locale);
    }

    private static Locale chooseLocale() {
        String chosen = System.getProperty("campaignkit.ui", System.getenv("CAMPAIGN_KIT_UI"));
        if (chosen == null || chosen.isBlank()) {
            chosen = InterfaceLanguageSetting.forUser().chosen().orElse(Locale.getDefault().toLanguageTag());
        }
        return supported(chosen);
    }

    /** The shipped language nearest to a tag: exact, then by language alone (pt-PT gets pt-BR), else English. */
    static Locale supported(String tag) {
        Locale wanted = Locale.forLanguageTag(tag.replace('_', '-'));
        for (String candidate : LANGUAGES) {
            if (Locale.forLanguageTag(candidate).equals(wanted)) {
                return Locale.forLanguageTag(candidate);
            }
        }
        for (String candidate : LANGUAGES) {
            if (Locale.forLanguageTag(candidate).getLanguage().equals(wanted.getLanguage())) {
                return Locale.forLanguageTag(candidate);
            }
        }
        return Locale.ENGLISH;
    }

    private static ResourceBundle load(Locale chosen) {
        // English is the base bundle; never fall back to the JVM's default locale instead of it.
        return ResourceBundle.getBundle(BUNDLE, chosen, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
