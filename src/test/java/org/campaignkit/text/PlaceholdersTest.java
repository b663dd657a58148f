package org.campaignkit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {
    @Test
    void findsAndFillsPlaceholders() {
        String text = "{{organization}} in {{ city }} on {{release_date}}";
        assertThat(Placeholders.names(text)).containsExactly("organization", "city", "release_date");
        assertThat(Placeholders.fill(text, Map.of("organization", "ACME $1 \\o/", "city", "Lima")))
                .isEqualTo("ACME $1 \\o/ in Lima on {{release_date}}");
    }

    @Test
    void bracesThatAreNotPlaceholdersAreText() {
        assertThat(Placeholders.names("{{ }} {x} {{1abc}}")).isEmpty();
    }

    @Test
    void datesAreWrittenTheWayEachLanguageWritesThem() {
        LocalDate date = LocalDate.of(2026, 12, 1);
        assertThat(ValueFormatter.formatDate(date, "en")).isEqualTo("December 1, 2026");
        assertThat(ValueFormatter.formatDate(date, "es")).isEqualTo("1 de diciembre de 2026");
        assertThat(ValueFormatter.formatDate(date, "pt-BR")).isEqualTo("1 de dezembro de 2026");
        assertThat(ValueFormatter.formatDate(date, "fr")).isEqualTo("1 décembre 2026");
        assertThat(ValueFormatter.formatDate(date, "zh-Hans")).isEqualTo("2026年12月1日");
        assertThat(ValueFormatter.formatDate(date, "ru")).startsWith("1 декабря 2026");
        assertThat(ValueFormatter.formatDate(date, "ar")).contains("ديسمبر");
    }
}
