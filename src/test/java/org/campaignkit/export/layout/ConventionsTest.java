package org.campaignkit.export.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ConventionsTest {

    /** Every conventions file on the class path, found on disk so a new language is checked without editing this test. */
    private static List<Path> bundleFiles() throws IOException, URISyntaxException {
        Path folder = Path.of(Conventions.class.getResource("conventions.properties").toURI()).getParent();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("conventions(_[A-Za-z]+)*\\.properties"))
                    .sorted().toList();
        }
    }

    @Test
    void everyBundleHasEveryKeyAndNothingElse() throws Exception {
        List<Path> files = bundleFiles();
        assertThat(files).extracting(f -> f.getFileName().toString()).contains("conventions.properties",
                "conventions_es.properties", "conventions_pt.properties", "conventions_fr.properties",
                "conventions_ar.properties", "conventions_zh.properties", "conventions_ru.properties");
        for (Path file : files) {
            Properties words = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                words.load(in);
            }
            assertThat(words.stringPropertyNames()).as(file.getFileName().toString())
                    .containsExactlyInAnyOrderElementsOf(Conventions.keys());
            assertThat(words.values()).as(file.getFileName().toString()).allSatisfy(v -> assertThat((String) v).isNotBlank());
            for (String key : List.of("release.embargoed", "quote.attribution", "letter.subject", "letter.email", "letter.phone")) {
                assertThat(words.getProperty(key)).as(file.getFileName() + " " + key).contains("{0}");
            }
            PageNumbering.parse(words.getProperty("page.numbering")); // throws when {0} and {1} are not both there, in order
        }
    }

    @Test
    void speaksTheDocumentsLanguage() {
        assertThat(Conventions.forLanguage("en").immediateRelease()).isEqualTo("FOR IMMEDIATE RELEASE");
        assertThat(Conventions.forLanguage("es").immediateRelease()).isEqualTo("PARA PUBLICACIÓN INMEDIATA");
        assertThat(Conventions.forLanguage("pt-BR").immediateRelease()).isEqualTo("PARA DIVULGAÇÃO IMEDIATA");
        assertThat(Conventions.forLanguage("ar").immediateRelease()).isEqualTo("للنشر الفوري");
        assertThat(Conventions.forLanguage("zh-Hans").immediateRelease()).isEqualTo("即时发布");
        assertThat(Conventions.forLanguage("zh-Hant").immediateRelease()).isEqualTo("即時發布");
        assertThat(Conventions.forLanguage("zh-TW").pageNumbering().format(1, 2)).isEqualTo("第 1 頁，共 2 頁");
        assertThat(Conventions.forLanguage("ru").pageNumbering().format(2, 5)).isEqualTo("Страница 2 из 5");
    }

    @Test
    void aLanguageWithoutItsOwnWordsGetsEnglishWhateverTheComputersLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            assertThat(Conventions.forLanguage("de").immediateRelease()).isEqualTo("FOR IMMEDIATE RELEASE");
            assertThat(Conventions.forLanguage("sw").pageNumbering().format(1, 3)).isEqualTo("Page 1 of 3");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void fillsValuesAsTextSoApostrophesAndBracesSurvive() {
        // MessageFormat would eat the apostrophe of "jusqu'au" or of a value; plain replacement keeps both.
        assertThat(Conventions.forLanguage("fr").embargoedUntil("l'aube {1}")).isEqualTo("SOUS EMBARGO JUSQU’AU l'aube {1}");
        assertThat(Conventions.forLanguage("fr").subject("Traité")).isEqualTo("Objet\u00A0: Traité");
    }

    @Test
    void pageNumberingIsCutAroundTheNumbers() {
        PageNumbering zh = PageNumbering.parse("第 {0} 页，共 {1} 页");
        assertThat(zh).isEqualTo(new PageNumbering("第 ", " 页，共 ", " 页"));
        assertThat(PageNumbering.parse("{0}/{1}").format(3, 4)).isEqualTo("3/4");
        assertThatThrownBy(() -> PageNumbering.parse("{1} of {0}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PageNumbering.parse("Page {0}")).isInstanceOf(IllegalArgumentException.class);
    }
}
