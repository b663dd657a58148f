package org.campaignkit.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.campaignkit.kit.Entry;
import org.campaignkit.kit.Glossary;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.KitLoad;
import org.campaignkit.kit.Status;
import org.campaignkit.testing.TestKit;
import org.campaignkit.text.PlatformRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an exported file tells the translator: states, stale sources, context, limits and the glossary. */
class ExportContentTest {
    static final String OLD_SOURCE = "{{organization}} said hello.";

    @TempDir
    Path temp;
    KitLoad load;
    Kit staleKit;
    ExchangeService service = new ExchangeService(PlatformRules.bundled());

    @BeforeEach
    void kit() {
        load = TestKit.create(temp.resolve("kit")).load();
        staleKit = load.kit().withEntry("es", "message.m1", new Entry("{{organization}} saludó.", Status.REVIEWED, OLD_SOURCE, null));
    }

    @Test
    void xliff20MarksAStaleUnitForReviewWithThePreviousSource() throws Exception {
        String xml = export(staleKit, ExchangeFormat.XLIFF_2_0);

        assertThat(xml).contains("<segment state=\"initial\" subState=\"campaignkit:source-changed\">",
                "<note category=\"previous-source\">Review: the source text changed after this was translated."
                        + " The translation was made from: {{organization}} said hello.</note>");
    }

    @Test
    void xliff12AndPoMarkAStaleUnitForReviewWithThePreviousSource() throws Exception {
        assertThat(export(staleKit, ExchangeFormat.XLIFF_1_2)).contains("<target state=\"needs-review-translation\">",
                "<note from=\"campaign-kit\" annotates=\"source\">Review: the source text changed");
        assertThat(export(staleKit, ExchangeFormat.PO)).contains("#, fuzzy\n#| msgid \"{{organization}} said hello.\"\n"
                + "msgctxt \"message.m1\"\nmsgid \"{{organization}} says hello.\"\nmsgstr \"{{organization}} saludó.\"\n");
    }

    @Test
    void aStaleUnitImportedUnchangedStaysAsItWasAndConfirmedBecomesCurrent() throws Exception {
        Path file = temp.resolve("es.xlf");
        service.exportFile(load, staleKit, "es", ExchangeFormat.XLIFF_2_0, file);
        assertThat(service.importFile(load, staleKit, file).report().changes()).isEmpty();

        Files.writeString(file, Files.readString(file).replace("state=\"initial\" subState=\"campaignkit:source-changed\"",
                "state=\"translated\""));
        Entry confirmed = service.importFile(load, staleKit, file).kit().textsOf("es").get().entry("message.m1").get();

        assertThat(confirmed).isEqualTo(new Entry("{{organization}} saludó.", Status.TRANSLATED, "{{organization}} says hello.", null));
    }

    @Test
    void anUntranslatedCopyHasNoTarget() throws Exception {
        Kit kit = load.kit().withNewLanguage("fr");
        String xml = new String(service.bytes(kit, "fr", ExchangeFormat.XLIFF_2_0), StandardCharsets.UTF_8);
        String po = new String(service.bytes(kit, "fr", ExchangeFormat.PO), StandardCharsets.UTF_8);

        assertThat(xml).doesNotContain("<target").contains("<segment state=\"initial\">");
        assertThat(po).contains("msgctxt \"card.c1.headline\"\nmsgid \"Hello\"\nmsgstr \"\"\n").doesNotContain("fuzzy");
    }

    @Test
    void contextLimitAndSizeRestrictionAreWritten() throws Exception {
        String xml = export(load.kit(), ExchangeFormat.XLIFF_2_0);

        assertThat(xml).contains("xmlns:slr=\"urn:oasis:names:tc:xliff:sizerestriction:2.0\"",
                "<slr:profiles generalProfile=\"xliff:codepoints\" storageProfile=\"xliff:utf8\">",
                "<unit id=\"message.m1\" name=\"message.m1\" slr:sizeRestriction=\"249\">",
                "A post for X and Bluesky (message \"m1\").",
                "X allows 280 weighted characters (CJK characters and emoji count 2, every link 23)",
                "A card headline at 1080×1080 (card \"c1\"); keep it short.",
                "The headline of a press release (document \"pr\").");
        assertThat(export(load.kit(), ExchangeFormat.XLIFF_1_2)).contains("maxwidth=\"249\" size-unit=\"char\"");
        assertThat(export(load.kit(), ExchangeFormat.PO)).contains("#. At most 249 characters.");
    }

    @Test
    void xCountsChineseTwiceSoTheLimitHalves() throws Exception {
        Kit kit = load.kit().withNewLanguage("zh-Hans");

        assertThat(new String(service.bytes(kit, "zh-Hans", ExchangeFormat.XLIFF_2_0), StandardCharsets.UTF_8))
                .contains("slr:sizeRestriction=\"124\"", "in this language each character counts 2");
    }

    @Test
    void glossaryTermsTheSourceContainsAreInTheGlossaryModule() throws Exception {
        Glossary glossary = new Glossary(List.of(
                new Glossary.Term("org", Map.of("en", "Hello", "es", "Hola"), false, "A greeting."),
                new Glossary.Term("tag", Map.of("en", "#Tag"), true, null),
                new Glossary.Term("unused", Map.of("en", "treaty", "es", "tratado"), false, null)));
        String xml = new String(new ExchangeService(PlatformRules.bundled(), glossary).bytes(load.kit(), "es",
                ExchangeFormat.XLIFF_2_0), StandardCharsets.UTF_8);

        assertThat(xml).contains("xmlns:gls=\"urn:oasis:names:tc:xliff:glossary:2.0\"",
                "<gls:glossEntry><gls:term source=\"campaign-kit glossary\">Hello</gls:term><gls:translation>Hola</gls:translation>"
                        + "<gls:definition>A greeting.</gls:definition></gls:glossEntry>")
                .doesNotContain("tratado");
        assertThat(xml.indexOf("<gls:glossary>")).isLessThan(xml.indexOf("<notes>", xml.indexOf("card.c1.headline")));
    }

    @Test
    void theSameKitGivesTheSameBytes() throws Exception {
        for (ExchangeFormat format : ExchangeFormat.values()) {
            assertThat(service.bytes(staleKit, "es", format)).isEqualTo(service.bytes(staleKit, "es", format));
        }
    }

    private String export(Kit kit, ExchangeFormat format) throws Exception {
        return new String(service.bytes(kit, "es", format), StandardCharsets.UTF_8);
    }
}
