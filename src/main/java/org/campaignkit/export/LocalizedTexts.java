package org.campaignkit.export;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.Texts;
import org.campaignkit.text.Placeholders;
import org.campaignkit.text.Scripts;
import org.campaignkit.text.TextDirection;
import org.campaignkit.text.ValueFormatter;

/**
 * The kit's strings in one language, ready for output: placeholders filled with the values
 * formatted for the language. A missing translation is never silently replaced: it throws unless
 * fallback is allowed, and then each file records that it used source text ({@link #forFile()}).
 */
public final class LocalizedTexts {
    private final Kit kit;
    private final String language;
    private final Map<String, String> values;
    private final boolean allowFallback;
    private final AtomicBoolean usedFallback;

    private LocalizedTexts(Kit kit, String language, Map<String, String> values, boolean allowFallback, AtomicBoolean used) {
        this.kit = kit;
        this.language = language;
        this.values = values;
        this.allowFallback = allowFallback;
        this.usedFallback = used;
    }

    public static LocalizedTexts of(Kit kit, String language, Map<String, String> overrides, boolean allowFallback) {
        return new LocalizedTexts(kit, language, ValueFormatter.values(kit, overrides, language), allowFallback,
                new AtomicBoolean());
    }

    /** A view that records, for one output file, whether any of its strings fell back to the source. */
    public LocalizedTexts forFile() {
        return new LocalizedTexts(kit, language, values, allowFallback, new AtomicBoolean());
    }

    public boolean usedFallback() {
        return usedFallback.get();
    }

    public Kit kit() {
        return kit;
    }

    public String language() {
        return language;
    }

    /** Values formatted for this language (dates in its long form). */
    public Map<String, String> values() {
        return values;
    }

    public TextDirection direction() {
        return Scripts.isRightToLeft(language) ? TextDirection.RTL : TextDirection.LTR;
    }

    /** The string for a key, filled; null key gives null (an optional field left out). */
    public LocalText get(String key) {
        if (key == null) {
            return null;
        }
        Texts texts = kit.textsOf(language).orElse(null);
        String source = kit.sourceTexts().text(key).orElse(null);
        // A draft still holding the copied source text is untranslated, exactly like a missing key.
        String text = texts == null ? null : texts.entry(key)
                .filter(e -> language.equals(kit.sourceLanguage()) || !e.isUntranslatedCopy(source))
                .map(e -> e.text()).orElse(null);
        boolean fallback = false;
        if (text == null) {
            if (!allowFallback) {
                throw new MissingTranslationException(language, key);
            }
            text = source == null ? "" : source;
            fallback = true;
            usedFallback.set(true);
        }
        return new LocalText(Placeholders.fill(text, values), fallback);
    }

    /** The filled string, or null for a null key. */
    public String text(String key) {
        LocalText t = get(key);
        return t == null ? null : t.text();
    }

    /** A variable's formatted value, or null. */
    public String value(String name) {
        return values.get(name);
    }
}
