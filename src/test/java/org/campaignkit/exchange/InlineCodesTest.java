package org.campaignkit.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.campaignkit.exchange.Piece.End;
import org.campaignkit.exchange.Piece.Standalone;
import org.campaignkit.exchange.Piece.Start;
import org.campaignkit.exchange.Piece.Style;
import org.campaignkit.exchange.Piece.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InlineCodesTest {
    @ParameterizedTest
    @ValueSource(strings = {"plain", "**bold** and _italic_", "see [the treaty](https://example.org/t?a=1&b=2) now",
            "{{organization}} and {{ city }}", "**{{organization}}** says _no_", "**bold _both** italic_",
            "**never closed", "a ** b", "snake_case_name", "[**bold link**](https://e.org)", "a < b & c ]]> d",
            "line one\nline two\n\nparagraph", "مرحبا **{{organization}}** بكم", "中文_强调_和**粗体**", "5 * 3 ** 2 = 45",
            "**a **b", "_x_y_ and _z", "tab\there", "quote \" and apostrophe '"})
    void splitAndJoinGiveTheStringBack(String text) {
        assertThat(InlineCodes.join(InlineCodes.split(text))).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"**a [b](https://x.org) c**", "**bold _both** italic_", "[**x**](https://e.org) **y**",
            "**never closed", "a_b_c _d_"})
    void theCodesAreWhatTheComposerRendersAsMarkup(String text) {
        // What the composer shows is the text, the placeholders and any lone marker; paired codes are markup.
        String visible = InlineCodes.split(text).stream().filter(p -> p instanceof Text || p instanceof Standalone)
                .map(InlineCodes::raw).reduce("", String::concat);
        String rendered = org.campaignkit.text.InlineMarkup.parse(text).stream().map(org.campaignkit.text.Run::text)
                .reduce("", String::concat);
        assertThat(rendered).isEqualTo(visible);
    }

    @Test
    void placeholdersBoldItalicAndLinksBecomeCodes() {
        List<Piece> pieces = InlineCodes.split("**{{organization}}** says [_no_](https://e.org)");
        assertThat(pieces).containsExactly(new Start("1", Style.BOLD, "**", null),
                new Standalone("2", "{{organization}}", true), new End("1", Style.BOLD, "**"), new Text(" says "),
                new Start("3", Style.LINK, "[", "https://e.org"), new Start("4", Style.ITALIC, "_", null), new Text("no"),
                new End("4", Style.ITALIC, "_"), new End("3", Style.LINK, "](https://e.org)"));
        assertThat(InlineCodes.isNested(pieces)).isTrue();
    }

    @Test
    void overlappingBoldAndItalicAreNotNested() {
        List<Piece> pieces = InlineCodes.split("**bold _both** italic_");
        assertThat(InlineCodes.isNested(pieces)).isFalse();
        assertThat(pieces).filteredOn(p -> p instanceof End).hasSize(2);
    }

    @Test
    void aMarkerThatNeverClosesIsALoneCode() {
        List<Piece> pieces = InlineCodes.split("**a **b");
        assertThat(pieces.get(0)).isEqualTo(new Standalone("1", "**", false));
        assertThat(InlineCodes.isNested(pieces)).isTrue();
    }

    @Test
    void aTranslationKeepsTheSourceNumbersWhenItReordersCodes() {
        List<Piece> source = InlineCodes.split("{{city}}, {{release_date}} **now**");
        List<Piece> target = InlineCodes.splitLike("**ahora** {{release_date}} en {{city}}", source);
        assertThat(target).contains(new Standalone("1", "{{city}}", true), new Standalone("2", "{{release_date}}", true),
                new Start("3", Style.BOLD, "**", null), new End("3", Style.BOLD, "**"));
    }
}
