package org.campaignkit.export.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.campaignkit.testing.Rfc4180;
import org.junit.jupiter.api.Test;

class CsvFileTest {
    @Test
    void fieldsWithCommasQuotesAndLineBreaksReadBackUnchanged() {
        List<String> fields = List.of("plain", "a, b", "say \"no\"", "line one\nline two", "crlf\r\ninside", "",
                "\"quoted at both ends\"", "معاهدة أممية، ضمانات", "人权保障绝非可有可无。", "flag 🇺🇳 and family 👨‍👩‍👧",
                "trailing space ");
        byte[] bytes = new CsvFile().record(fields).record(List.of("second", "record")).bytes();

        List<List<String>> records = Rfc4180.parseWithBom(bytes);

        assertThat(records).containsExactly(fields, List.of("second", "record"));
    }

    @Test
    void recordsEndInCrlfAndTheFileStartsWithTheUtf8Mark() {
        byte[] bytes = new CsvFile().record(List.of("a", "b")).record(List.of("c", "d")).bytes();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo("a,b\r\nc,d\r\n");
    }

    @Test
    void onlyFieldsThatNeedItAreQuoted() {
        assertThat(CsvFile.field("hello world")).isEqualTo("hello world");
        assertThat(CsvFile.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvFile.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvFile.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvFile.field(null)).isEmpty();
    }

    @Test
    void absentFieldsAreWrittenEmpty() {
        List<String> withNull = new ArrayList<>(Arrays.asList("a", null, "c"));
        assertThat(Rfc4180.parseWithBom(new CsvFile().record(withNull).bytes())).containsExactly(List.of("a", "", "c"));
    }

    @Test
    void aFieldThatWouldRunAsAFormulaGetsALeadingApostropheAndQuotes() {
        assertThat(CsvFile.field("=HYPERLINK(\"http://evil\",\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"");
        assertThat(CsvFile.field("+1 for human rights")).isEqualTo("\"'+1 for human rights\"");
        assertThat(CsvFile.field("-2 days to go")).isEqualTo("\"'-2 days to go\"");
        assertThat(CsvFile.field("@UN please act")).isEqualTo("\"'@UN please act\"");
        assertThat(CsvFile.field("\tcmd")).isEqualTo("\"'\tcmd\"");
        assertThat(CsvFile.field("\rcmd")).isEqualTo("\"'\rcmd\"");
        List<List<String>> back = Rfc4180.parseWithBom(new CsvFile().record(List.of("=1+1", "@name hi, all")).bytes());
        assertThat(back).containsExactly(List.of("'=1+1", "'@name hi, all"));
    }

    @Test
    void textWithFormulaCharactersElsewhereIsLeftAlone() {
        for (String text : List.of("1+1=2", "mail me@example.org", "e-mail", "#HumanRights", "", "'quoted", " =spaced")) {
            assertThat(FormulaGuard.looksLikeFormula(text)).as(text).isFalse();
            assertThat(FormulaGuard.neutralise(text)).isEqualTo(text);
        }
        assertThat(FormulaGuard.looksLikeFormula(null)).isFalse();
        for (String text : List.of("=", "+", "-", "@", "=SUM(A1:A2)", "@SUM(1+1)*cmd|' /C calc'!A0")) {
            assertThat(FormulaGuard.looksLikeFormula(text)).as(text).isTrue();
            assertThat(FormulaGuard.neutralise(text)).isEqualTo("'" + text);
        }
    }
}
