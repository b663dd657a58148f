package org.campaignkit.export.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WrappedLinesTest {
    @Test
    void shortTextTakesOneLineAndEachLineBreakAnother() {
        assertThat(WrappedLines.count("", 20, "en")).isEqualTo(1);
        assertThat(WrappedLines.count("Hello", 20, "en")).isEqualTo(1);
        assertThat(WrappedLines.count("one\n\ntwo", 20, "en")).isEqualTo(3);
    }

    @Test
    void wordsWrapAtTheColumnWidth() {
        // Ten five-letter words with spaces: 59 characters, about three lines of a 20-wide column.
        String text = "alpha ".repeat(9) + "alpha";
        assertThat(WrappedLines.count(text, 20, "en")).isBetween(3, 4);
        assertThat(WrappedLines.count(text, 100, "en")).isEqualTo(1);
    }

    @Test
    void chineseCharactersTakeTwiceTheRoomAndBreakBetweenCharacters() {
        String chinese = "人权保障绝非可有可无".repeat(2);
        // 20 ideographs are 40 units wide: at least three lines of 19 usable units, with no spaces to break at.
        assertThat(WrappedLines.count(chinese, 20, "zh-Hans")).isBetween(3, 4);
        assertThat(WrappedLines.count("a".repeat(20), 20, "en")).isBetween(1, 2);
    }

    @Test
    void aLinkLongerThanTheColumnWrapsOverSeveralLines() {
        assertThat(WrappedLines.count("https://example.org/" + "x".repeat(60), 20, "en")).isGreaterThanOrEqualTo(4);
    }
}
