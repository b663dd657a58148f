package org.campaignkit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InlineMarkupTest {
    @Test
    void boldItalicAndLinksBecomeRuns() {
        List<Run> runs = InlineMarkup.parse("We **demand** _real_ safeguards: [read more](https://example.org/x).");
        assertThat(runs).containsExactly(
                Run.plain("We "),
                new Run("demand", true, false, null),
                Run.plain(" "),
                new Run("real", false, true, null),
                Run.plain(" safeguards: "),
                new Run("read more", false, false, "https://example.org/x"),
                Run.plain("."));
    }

    @Test
    void underscoresInsideWordsAndLoneMarkersAreText() {
        assertThat(InlineMarkup.parse("snake_case_name and a * star and 2 ** 3"))
                .containsExactly(Run.plain("snake_case_name and a * star and 2 ** 3"));
        assertThat(InlineMarkup.parse("see https://example.org/a_b_c")).containsExactly(Run.plain("see https://example.org/a_b_c"));
    }

    @Test
    void italicWorksBetweenChineseCharacters() {
        assertThat(InlineMarkup.parse("缺少_有效的性别视角_。")).containsExactly(
                Run.plain("缺少"), new Run("有效的性别视角", false, true, null), Run.plain("。"));
    }

    @Test
    void boldAndItalicNest() {
        assertThat(InlineMarkup.parse("**very _important_**")).containsExactly(
                new Run("very ", true, false, null), new Run("important", true, true, null));
    }

    @Test
    void plainTextDropsMarkersAndKeepsLinkTargets() {
        assertThat(InlineMarkup.plainText("**Act** now: [the page](https://example.org)"))
                .isEqualTo("Act now: the page (https://example.org)");
    }
}
