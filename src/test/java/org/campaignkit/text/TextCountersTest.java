package org.campaignkit.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCountersTest {
    private final PlatformRules rules = PlatformRules.bundled();

    private int count(String platform, String text) {
        return rules.platform(platform).orElseThrow().count(text);
    }

    @Test
    void xWeighsCjkAndEmojiDoubleAndUrlsAt23() {
        assertThat(count("x", "a".repeat(10))).isEqualTo(10);
        assertThat(count("x", "人权保障")).isEqualTo(8);
        assertThat(count("x", "😀")).isEqualTo(2);
        assertThat(count("x", "see https://example.org/a/very/long/path/that/goes/on/and/on")).isEqualTo(4 + 23);
        assertThat(count("x", "حقوق")).isEqualTo(4);
    }

    @Test
    void blueskyCountsWhatPeopleSeeAsOneCharacter() {
        assertThat(count("bluesky", "👨‍👩‍👧‍👦")).isEqualTo(1); // family: a ZWJ sequence
        assertThat(count("bluesky", "🇧🇷")).isEqualTo(1); // a flag: two regional indicators
        assertThat(count("bluesky", "e\u0301")).isEqualTo(1); // e + combining acute
        assertThat(count("bluesky", "नमस्ते")).isEqualTo(3);
        assertThat(count("bluesky", "https://example.org/x")).isEqualTo(21); // links count as written
    }

    @Test
    void mastodonCountsCodePointsWithUrlsAt23() {
        assertThat(count("mastodon", "hi https://example.org/" + "x".repeat(100))).isEqualTo(3 + 23);
        assertThat(count("mastodon", "👨‍👩‍👧‍👦")).isEqualTo(7); // four people joined by three ZWJ
    }

    @Test
    void othersCountCodePoints() {
        assertThat(count("linkedin", "𝐀𝐁")).isEqualTo(2); // astral letters are one each, not two UTF-16 units
        assertThat(count("facebook", "https://example.org/x")).isEqualTo(21);
    }

    @Test
    void theLinearCountForVeryLongTextsAgreesWithTwitterText() {
        String sample = "Tratado 人权 договор حقوق 😀 https://example.org/x/y " + "safeguards, ".repeat(20);
        assertThat(TextCounters.linearWeighted(sample)).isEqualTo(TextCounters.twitterWeighted(sample));
        String longText = sample.repeat(40);
        assertThat(longText.length()).isGreaterThan(TextCounters.EXACT_COUNT_MAX_CHARS);
        assertThat(TextCounters.twitterWeighted(longText)).isEqualTo(40 * TextCounters.twitterWeighted(sample));
        assertThat(TextCounters.codePoints(longText, 23)).isEqualTo(40 * TextCounters.codePoints(sample, 23));
    }

    @Test
    void limitsComeFromTheDataFile() {
        assertThat(rules.platform("x").orElseThrow().limit()).isEqualTo(280);
        assertThat(rules.platform("bluesky").orElseThrow().limit()).isEqualTo(300);
        assertThat(rules.platform("mastodon").orElseThrow().limit()).isEqualTo(500);
        assertThat(rules.platform("threads").orElseThrow().limit()).isEqualTo(500);
        assertThat(rules.platform("instagram").orElseThrow()).satisfies(p -> {
            assertThat(p.limit()).isEqualTo(2200);
            assertThat(p.maxHashtags()).isEqualTo(5);
        });
        assertThat(rules.platform("linkedin").orElseThrow().limit()).isEqualTo(3000);
        assertThat(rules.platform("facebook").orElseThrow().limit()).isEqualTo(63206);
    }
}
