package org.campaignkit.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.campaignkit.export.layout.ParagraphStyle;
import org.campaignkit.export.layout.Span;
import org.campaignkit.text.TextDirection;
import org.campaignkit.text.fonts.FontBook;
import org.campaignkit.text.fonts.FontRole;
import org.junit.jupiter.api.Test;

class ParagraphShaperTest {
    private final FontBook fonts = FontBook.bundled();
    private final TextStyle style = new TextStyle(10, false, false, Color.BLACK, FontRole.BODY, 0, 0, 0, 1.4f);

    private List<Line> layout(String text, String language, float width) {
        var p = PdfSamples.para(ParagraphStyle.POST, language, Span.plain(text));
        return new ParagraphShaper(fonts, language).layout(StyledParagraph.of(p, style, fonts, language, Color.BLUE),
                p.direction(), width);
    }

    private int glyphOf(Piece piece, char c) {
        Font font = fonts.awtFont(piece.segment().face(), 10);
        return font.createGlyphVector(ParagraphShaper.FRC, String.valueOf(c)).getGlyphCode(0);
    }

    @Test
    void eachLineOfAPostTakesItsOwnDirection() {
        List<Line> lines = layout("لا للمعاهدة\n#CybercrimeTreaty #HumanRights", "ar", 400);
        assertThat(lines).hasSize(2);
        Piece tags = lines.get(1).pieces().get(0);
        // Left to right: the leftmost glyph is the first '#', not the last 's' moved by an RTL line.
        assertThat(tags.glyphs().getGlyphCode(0)).isEqualTo(glyphOf(tags, '#'));
        Piece arabic = lines.get(0).pieces().get(0);
        assertThat(lines.get(0).logicalText()).isEqualTo("لا للمعاهدة");
        assertThat(arabic.glyphs().getGlyphCharIndex(0)).as("an RTL line starts, on the left, with its last letter")
                .isGreaterThan(arabic.glyphs().getGlyphCharIndex(arabic.glyphs().getNumGlyphs() - 1));
    }

    @Test
    void aLatinValueSetOffByMarksAtTheStartOfAnArabicLineStaysOnTheRight() {
        // "{{city}}، {{release_date}}" in Arabic, filled with Geneva: the marks around the value must
        // not make the line left to right (which put Geneva on the left, next to 2026).
        List<Line> lines = layout("\u200EGeneva\u200F، 1 ديسمبر 2026", "ar", 400);
        assertThat(lines).hasSize(1);
        List<Piece> pieces = lines.get(0).pieces();
        Piece rightmost = pieces.get(pieces.size() - 1);
        int g = glyphOf(rightmost, 'G');
        boolean hasG = false;
        for (int i = 0; i < rightmost.glyphs().getNumGlyphs(); i++) {
            hasG |= rightmost.glyphs().getGlyphCode(i) == g;
        }
        assertThat(hasG).as("Geneva is the rightmost piece, read first").isTrue();
    }

    @Test
    void chineseBreaksBetweenIdeographsAndLatinBetweenWords() {
        List<Line> zh = layout("一项本应让人们在网上更安全的条约不能成为迫害他们的工具", "zh-Hans", 60);
        assertThat(zh.size()).isGreaterThan(3);
        assertThat(String.join("", zh.stream().map(Line::logicalText).toList()))
                .isEqualTo("一项本应让人们在网上更安全的条约不能成为迫害他们的工具");
        List<Line> en = layout("Safeguards first, then signatures.", "en", 80);
        assertThat(en).extracting(Line::logicalText).allSatisfy(t -> assertThat(t).doesNotStartWith(" ").doesNotEndWith(" "))
                .containsExactly("Safeguards first,", "then signatures.");
        assertThat(en).allSatisfy(l -> assertThat(l.width()).isLessThanOrEqualTo(80));
    }
}
