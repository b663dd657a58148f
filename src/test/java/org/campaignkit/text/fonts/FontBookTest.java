package org.campaignkit.text.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FontBookTest {
    private final FontBook book = FontBook.bundled();

    private List<String> families(String text, String language) {
        return book.runs(text, FontRole.BODY, false, false, language).stream().map(r -> r.face().family()).toList();
    }

    @Test
    void splitsMixedScriptsIntoRunsPerFont() {
        List<FontRun> runs = book.runs("UN 条约 (2024) معاهدة 😀", FontRole.BODY, false, false, "en");
        // Neutral characters (spaces, digits, brackets) stay with the run before them when its font has them.
        assertThat(runs).extracting(r -> r.face().family() + ":" + r.text())
                .containsExactly("Noto Sans:UN ", "Noto Sans CJK SC:条约 (2024) ", "Noto Sans Arabic:معاهدة ", "Noto Emoji:😀");
        assertThat(String.join("", runs.stream().map(FontRun::text).toList())).isEqualTo("UN 条约 (2024) معاهدة 😀");
    }

    @Test
    void spacesAndPunctuationStayInTheSurroundingRun() {
        assertThat(families("联合国网络犯罪条约，人权保障。", "zh-Hans")).containsExactly("Noto Sans CJK SC");
        assertThat(families("معاهدة الأمم المتحدة، 2024.", "ar")).containsExactly("Noto Sans Arabic");
    }

    @Test
    void spacesAfterAnEmojiGoBackToTheTextFont() {
        assertThat(book.runs("Act 📢 now", FontRole.BODY, false, false, "en"))
                .extracting(r -> r.face().family() + ":" + r.text())
                .containsExactly("Noto Sans:Act ", "Noto Emoji:📢", "Noto Sans: now");
    }

    @Test
    void combiningMarksStayWithTheirLetter() {
        assertThat(families("नमस्ते दुनिया", "hi")).containsExactly("Noto Sans Devanagari");
        assertThat(families("e\u0301te\u0301", "fr")).containsExactly("Noto Sans");
    }

    @Test
    void traditionalChineseGetsTheTraditionalFaceFirst() {
        assertThat(families("國際條約", "zh-Hant")).containsExactly("Noto Sans CJK TC");
        assertThat(families("国际条约", "zh-Hans")).containsExactly("Noto Sans CJK SC");
    }

    @Test
    void boldUsesTheBoldFaceOrSaysItIsSyntheticAndScriptsWithoutItalicsStayUpright() {
        FontRun latin = book.runs("Safeguards", FontRole.HEADING, true, false, "en").get(0);
        assertThat(latin.face().bold()).isTrue();
        assertThat(latin.syntheticBold()).isFalse();
        FontRun hebrewItalic = book.runs("שלום", FontRole.BODY, false, true, "he").get(0);
        assertThat(hebrewItalic.face().family()).isEqualTo("Noto Sans Hebrew");
        assertThat(hebrewItalic.syntheticItalic()).as("scripts without italics are not slanted").isFalse();
        FontRun chineseBold = book.runs("条约", FontRole.BODY, true, false, "zh-Hant").get(0);
        assertThat(chineseBold.face().family()).isEqualTo("Noto Sans CJK TC");
        assertThat(chineseBold.syntheticBold()).as("no bold TC face is bundled").isTrue();
    }

    @Test
    void reportsCharactersNoFontHas() {
        assertThat(book.uncovered("Hello 条约 עברית ελληνικά кириллица 😀", "en")).isEmpty();
        assertThat(book.uncovered("ꦲꦏ꧀ꦱꦫ", "jv")).isNotEmpty(); // Javanese script: no bundled font
        assertThat(book.uncovered("a\u200Db\uFE0F\n", "en")).isEmpty();
    }

    @Test
    void everyBundledFaceLoads() {
        for (FontFace face : book.faces()) {
            assertThat(book.awtFont(face, 12f).getFamily(java.util.Locale.ROOT)).as(face.id()).isEqualTo(face.family());
            assertThat(book.fontBytes(face)).as(face.id()).isNotEmpty();
        }
    }
}
