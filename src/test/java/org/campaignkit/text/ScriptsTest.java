package org.campaignkit.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptsTest {
    @Test
    void namesTheScriptsOfAText() {
        assertThat(Scripts.namesOf("Tratado 条约 договор معاهدة 123")).containsExactly("Latn", "Hani", "Cyrl", "Arab");
    }

    @Test
    void knowsRightToLeftLanguages() {
        assertThat(Scripts.isRightToLeft("ar")).isTrue();
        assertThat(Scripts.isRightToLeft("he")).isTrue();
        assertThat(Scripts.isRightToLeft("fa")).isTrue();
        assertThat(Scripts.isRightToLeft("ur")).isTrue();
        assertThat(Scripts.isRightToLeft("zh-Hans")).isFalse();
        assertThat(Scripts.isRightToLeft("pt-BR")).isFalse();
    }

    @Test
    void paragraphDirectionFollowsTheFirstStrongLetterThenTheLanguage() {
        assertThat(Scripts.direction("معاهدة الأمم المتحدة (UN)", "en")).isEqualTo(TextDirection.RTL);
        assertThat(Scripts.direction("UN معاهدة", "ar")).isEqualTo(TextDirection.LTR);
        assertThat(Scripts.direction("2026 — 12", "ar")).isEqualTo(TextDirection.RTL);
        assertThat(Scripts.direction("2026 — 12", "fr")).isEqualTo(TextDirection.LTR);
    }
}
