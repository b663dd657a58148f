package org.campaignkit.export.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SheetWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"es", "pt", "fr", "ar", "zh", "ru"})
    void everyBundleHasEveryKeyAndNoOther(String language) throws IOException {
        Properties english = load("sheet.properties");
        Properties translated = load("sheet_" + language + ".properties");
        assertThat(translated.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            // The same placeholders, so no value is lost or shown as "{2}".
            assertThat(placeholders(translated.getProperty(key))).as(language + " " + key)
                    .isEqualTo(placeholders(english.getProperty(key)));
            assertThat(translated.getProperty(key)).as(language + " " + key).isNotBlank();
        }
    }

    @Test
    void eachLanguageGetsItsOwnWords() {
        assertThat(SheetWords.forLanguage("en").title()).isEqualTo("Social media messages — English");
        assertThat(SheetWords.forLanguage("es").title()).isEqualTo("Mensajes para redes sociales — español");
        assertThat(SheetWords.forLanguage("pt-BR").title()).isEqualTo("Mensagens para redes sociais — português (Brasil)");
        assertThat(SheetWords.forLanguage("fr").get("card", "x.png")).isEqualTo("Visuel\u00a0: x.png");
        assertThat(SheetWords.forLanguage("ru").get("column.post")).isEqualTo("Публикация");
        assertThat(SheetWords.forLanguage("zh-Hans").get("column.post")).isEqualTo("帖文");
        assertThat(SheetWords.forLanguage("ar").get("column.post")).isEqualTo("المنشور");
    }

    @Test
    void aLanguageWithoutWordsGetsEnglishWhateverTheComputersLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            SheetWords german = SheetWords.forLanguage("de");
            assertThat(german.get("column.post")).isEqualTo("Post");
            assertThat(german.title()).isEqualTo("Social media messages — Deutsch");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void argumentsAreFilledOnceAndApostrophesKept() {
        SheetWords en = SheetWords.forLanguage("en");
        assertThat(en.get("alt", "a {1} b", "NOT")).isEqualTo("Alt text: a {1} b");
        assertThat(en.get("count", "X", 12, 280)).isEqualTo("X: 12 / 280");
        assertThat(en.get("alt", "it's")).isEqualTo("Alt text: it's");
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = SheetWordsTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static List<String> placeholders(String text) {
        return java.util.regex.Pattern.compile("\\{\\d\\}").matcher(text).results().map(m -> m.group()).sorted().toList();
    }
}
