package org.campaignkit.text;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.util.ULocale;
import java.util.LinkedHashSet;
import java.util.Set;

/** What scripts a text is written in and which way it runs; exporters and the UI both ask here. */
public final class Scripts {
    private Scripts() {
    }

    /** ICU script codes used by the text's letters, in order of first use (Common and Inherited left out). */
    public static Set<Integer> of(String text) {
        Set<Integer> scripts = new LinkedHashSet<>();
        text.codePoints().forEach(cp -> {
            int script = UScript.getScript(cp);
            if (script != UScript.COMMON && script != UScript.INHERITED && script != UScript.UNKNOWN) {
                scripts.add(script);
            }
        });
        return scripts;
    }

    /** The short names of a text's scripts, such as "Arab" or "Hani". */
    public static Set<String> namesOf(String text) {
        Set<String> names = new LinkedHashSet<>();
        of(text).forEach(s -> names.add(UScript.getShortName(s)));
        return names;
    }

    /** True for languages written right to left (Arabic, Hebrew, Persian, Urdu, ...). */
    public static boolean isRightToLeft(String languageTag) {
        return ULocale.forLanguageTag(languageTag).isRightToLeft();
    }

    /**
     * The direction of a paragraph: from its first strong letter (the Unicode bidi rule), or the
     * language's direction when the text has no strong letter (digits, a URL).
     */
    public static TextDirection direction(String text, String languageTag) {
        byte base = Bidi.getBaseDirection(text);
        if (base == Bidi.RTL) {
            return TextDirection.RTL;
        }
        if (base == Bidi.LTR) {
            return TextDirection.LTR;
        }
        return languageTag != null && isRightToLeft(languageTag) ? TextDirection.RTL : TextDirection.LTR;
    }
}
