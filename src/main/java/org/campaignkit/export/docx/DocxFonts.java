package org.campaignkit.export.docx;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campaignkit.text.Scripts;
import org.campaignkit.text.fonts.FontBook;
import org.campaignkit.text.fonts.FontFace;
import org.campaignkit.text.fonts.FontRole;
import org.campaignkit.text.fonts.FontRun;

/**
 * Word picks a font per character from four slots: ascii/hAnsi (Latin, Cyrillic, Greek),
 * eastAsia (Chinese, Japanese, Korean) and cs (complex scripts: Arabic, Hebrew, Indic). This class
 * fills the slots from the FontBook for the document's language, classes each run of text into
 * its slot, and says which language attribute ({@code w:val}, {@code w:eastAsia}, {@code w:bidi})
 * carries the document's language.
 */
final class DocxFonts {
    /** The slot a run of text is drawn from. */
    enum Slot {
        LATIN, EAST_ASIAN, COMPLEX
    }

    /** The family in each slot for one role. */
    record Families(String latin, String eastAsian, String complex) {
        String of(Slot slot) {
            return switch (slot) {
                case LATIN -> latin;
                case EAST_ASIAN -> eastAsian;
                case COMPLEX -> complex;
            };
        }
    }

    private static final Set<Integer> EAST_ASIAN_SCRIPTS = Set.of(UScript.HAN, UScript.HIRAGANA, UScript.KATAKANA,
            UScript.HANGUL, UScript.BOPOMOFO, UScript.SIMPLIFIED_HAN, UScript.TRADITIONAL_HAN, UScript.JAPANESE,
            UScript.KOREAN);

    /** Scripts that shape letters but run left to right, which Word also draws from the cs slot. */
    private static final Set<Integer> SHAPED_SCRIPTS = Set.of(UScript.DEVANAGARI, UScript.BENGALI, UScript.GURMUKHI,
            UScript.GUJARATI, UScript.ORIYA, UScript.TAMIL, UScript.TELUGU, UScript.KANNADA, UScript.MALAYALAM,
            UScript.SINHALA, UScript.THAI, UScript.LAO, UScript.KHMER, UScript.MYANMAR, UScript.TIBETAN);

    private static final double LATIN_TOLERANCE = 1.15;
    private static final double MIN_LEADING_SCALE = 0.7;

    private final FontBook book;
    private final String language;
    private final int languageScript;
    private final Map<FontRole, Families> families = new EnumMap<>(FontRole.class);

    DocxFonts(FontBook book, String language) {
        this.book = book;
        this.language = language;
        this.languageScript = UScript.getCodeFromName(
                ULocale.addLikelySubtags(ULocale.forLanguageTag(language)).getScript());
        // Slots the language does not write in still get a font: Chinese, and Arabic for complex scripts.
        String eastAsian = sample(isEastAsian(languageScript) ? languageScript : UScript.SIMPLIFIED_HAN);
        String complex = sample(isComplex(languageScript) ? languageScript : UScript.ARABIC);
        for (FontRole role : FontRole.values()) {
            families.put(role, new Families(book.familyFor("Aa", role, language), book.familyFor(eastAsian, role, language),
                    book.familyFor(complex, role, language)));
        }
    }

    /** The families the styles name for a role; runs name a family only where the FontBook chose another. */
    Families families(FontRole role) {
        return families.get(role);
    }

    /**
     * How much to tighten line spacing for the language's own font. "Single" spacing is the font's
     * own line height, and some faces are far taller than Latin ones (Noto Sans Arabic's line is
     * 1.55 times Noto Sans's, for its marks): spacing meant for Latin text would leave Arabic lines
     * looking double-spaced. Faces up to 15% taller than the Latin face are left alone.
     */
    double leadingScale() {
        FontFace latin = book.runs("Aa", FontRole.BODY, false, false, language).get(0).face();
        String sample = sample(isComplex(languageScript) || isEastAsian(languageScript) ? languageScript : UScript.LATIN);
        FontFace own = book.runs(sample, FontRole.BODY, false, false, language).get(0).face();
        double ratio = LATIN_TOLERANCE * lineHeight(latin) / lineHeight(own);
        return Math.max(MIN_LEADING_SCALE, Math.min(1.0, ratio));
    }

    private double lineHeight(FontFace face) {
        Font font = book.awtFont(face, 100f);
        return font.getLineMetrics("Hx", new FontRenderContext(null, true, true)).getHeight();
    }

    /** The text cut into runs of one font face each, as the FontBook draws it. */
    List<FontRun> runs(String text, FontRole role, boolean bold, boolean italic) {
        return book.runs(text, role, bold, italic, language);
    }

    /** Which slot Word draws a run of text from. */
    static Slot slotOf(String text) {
        Set<Integer> scripts = Scripts.of(text);
        if (scripts.stream().anyMatch(DocxFonts::isComplex)) {
            return Slot.COMPLEX;
        }
        return scripts.stream().anyMatch(DocxFonts::isEastAsian) ? Slot.EAST_ASIAN : Slot.LATIN;
    }

    /** True when a run holds right-to-left letters; Word then wants w:rtl on it. */
    static boolean isRightToLeft(String text) {
        return Scripts.of(text).stream().anyMatch(UScript::isRightToLeft);
    }

    /** The slot whose language attribute names the document's language. */
    Slot languageSlot() {
        return isComplex(languageScript) ? Slot.COMPLEX : isEastAsian(languageScript) ? Slot.EAST_ASIAN : Slot.LATIN;
    }

    /** The tag Word knows the language by: language and region ("en-US", "ar-EG", "zh-CN", "pt-BR"). */
    String wordLanguage() {
        ULocale full = ULocale.addLikelySubtags(ULocale.forLanguageTag(language));
        return full.getCountry().isEmpty() ? full.getLanguage() : full.getLanguage() + "-" + full.getCountry();
    }

    private static boolean isEastAsian(int script) {
        return EAST_ASIAN_SCRIPTS.contains(script);
    }

    /** Scripts Word draws with its complex-script machinery: right to left ones and the shaped ones. */
    private static boolean isComplex(int script) {
        return script >= 0 && (UScript.isRightToLeft(script) || SHAPED_SCRIPTS.contains(script));
    }

    private static String sample(int script) {
        String sample = UScript.getSampleString(script);
        return sample.isEmpty() ? "\u4E2D" : sample;
    }
}
