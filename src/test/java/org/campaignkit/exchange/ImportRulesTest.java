package org.campaignkit.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.campaignkit.kit.Entry;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.KitLoad;
import org.campaignkit.kit.Status;
import org.campaignkit.testing.TestKit;
import org.campaignkit.text.PlatformRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What import refuses, reports and leaves alone. */
class ImportRulesTest {
    @TempDir
    Path temp;
    KitLoad load;
    ExchangeService service = new ExchangeService(PlatformRules.bundled());

    @BeforeEach
    void kit() {
        load = TestKit.create(temp.resolve("kit")).load();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "saluda a todos.|drops the placeholder {{organization}}",
        "{{organization}} saluda a {{city}}.|adds the placeholder {{city}}, which the source does not have",
        "{{organisation}} saluda.|drops the placeholder {{organization}}",
        "{{organization}} y {{organization}} saludan.|has the placeholder {{organization}} more often than the source",
        "{{organization}} saluda {{organization.|damaged placeholder"})
    void aTargetThatDamagesAPlaceholderIsRefusedAndTheRestApplied(String target, String message) throws Exception {
        Path file = po("""
                msgctxt "message.m1"
                msgid "{{organization}} says hello."
                msgstr "%s"

                msgctxt "card.c1.headline"
                msgid "Hello"
                msgstr "¡Hola!"
                """.formatted(target));

        ImportResult result = service.importFile(load, load.kit(), file);

        assertThat(result.report().refused()).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo("message.m1");
            assertThat(r.message()).contains("es.po, line", "msgctxt \"message.m1\"", message, "not applied");
        });
        assertThat(text(result.kit(), "message.m1")).isEqualTo("{{organization}} saluda.");
        assertThat(text(result.kit(), "card.c1.headline")).isEqualTo("¡Hola!");
    }

    @Test
    void placeholdersMayMoveAndMarkupMayChange() throws Exception {
        Path file = po("""
                msgctxt "press.headline"
                msgid "News on {{release_date}}"
                msgstr "**{{release_date}}**: noticias"
                """);

        ImportResult result = service.importFile(load, load.kit(), file);

        assertThat(result.report().refused()).isEmpty();
        assertThat(text(result.kit(), "press.headline")).isEqualTo("**{{release_date}}**: noticias");
    }

    @Test
    void unknownIdsAreReportedAndAbsentOrEmptyUnitsLeaveTheText() throws Exception {
        Path file = po("""
                msgctxt "no.such.key"
                msgid "x"
                msgstr "y"

                msgctxt "card.c1.alt"
                msgid "A card that says hello"
                msgstr ""
                """);

        ImportResult result = service.importFile(load, load.kit(), file);

        assertThat(result.report().unknownIds()).singleElement().asString().contains("no.such.key", "es.po", "line 5");
        assertThat(result.report().empty()).isEqualTo(1);
        assertThat(result.report().absent()).isEqualTo(5);
        assertThat(result.kit()).isSameAs(load.kit());
        assertThat(text(result.kit(), "card.c1.alt")).isEqualTo("Una tarjeta que saluda");
    }

    @Test
    void importFileReturnsTheKitWithoutSavingAndSaveWritesOnlyTheLanguage() throws Exception {
        String before = Files.readString(temp.resolve("kit/texts/es.json"));
        Path file = po("msgctxt \"card.c1.headline\"\nmsgid \"Hello\"\nmsgstr \"¡Hola!\"\n");

        ImportResult result = service.importFile(load, load.kit(), file);
        assertThat(Files.readString(temp.resolve("kit/texts/es.json"))).isEqualTo(before);

        assertThat(service.save(load, result)).containsExactly("texts/es.json");
        assertThat(Files.readString(temp.resolve("kit/texts/es.json"))).contains("¡Hola!");
    }

    @Test
    void aFileForAnotherLanguageIsRefusedWhole() throws Exception {
        Path file = temp.resolve("de.po");
        Files.writeString(file, "msgid \"\"\nmsgstr \"Language: de\\n\"\n");

        assertThatThrownBy(() -> service.importFile(load, load.kit(), file))
                .hasMessage("de.po: the file is for \"de\", which the kit does not have; it has en, es.");
    }

    @Test
    void aRegionWrittenWithAnUnderscoreMatches() throws Exception {
        Kit kit = load.kit().withNewLanguage("pt-BR");
        Path file = temp.resolve("pt.po");
        Files.writeString(file, "msgid \"\"\nmsgstr \"Language: pt_BR\\n\"\n\nmsgctxt \"card.c1.headline\"\nmsgid \"Hello\"\nmsgstr \"Olá\"\n");

        ImportResult result = service.importFile(load, kit, file);

        assertThat(result.kit().textsOf("pt-BR").get().entry("card.c1.headline").get())
                .isEqualTo(new Entry("Olá", Status.TRANSLATED, "Hello", null));
    }

    @Test
    void theReportCountsStatesAndListsChanges() throws Exception {
        Path file = po("""
                #, fuzzy
                msgctxt "card.c1.headline"
                msgid "Hello"
                msgstr "Hola (borrador)"

                msgctxt "card.c1.alt"
                msgid "A card that says hello"
                msgstr "Una tarjeta que saluda"
                """);

        ImportReport report = service.importFile(load, load.kit(), file).report();

        assertThat(report.lines()).contains("  changed card.c1.headline: text changed, translated -> draft",
                "Translations in the file now: 1 draft, 1 translated.");
        assertThat(report.lines().get(0)).isEqualTo(
                "gettext PO es.po into es: 1 changed, 1 unchanged, 0 without a translation (left as they were), 4 not in the file (left as they were).");
    }

    private Path po(String entries) throws Exception {
        Path file = temp.resolve("es.po");
        Files.writeString(file, "msgid \"\"\nmsgstr \"\"\n\"Language: es\\n\"\n\n" + entries, StandardCharsets.UTF_8);
        return file;
    }

    private static String text(Kit kit, String key) {
        return kit.textsOf("es").orElseThrow().text(key).orElseThrow();
    }
}
