package org.campaignkit.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.campaignkit.kit.Entry;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.KitLoad;
import org.campaignkit.kit.Status;
import org.campaignkit.testing.TestKit;
import org.campaignkit.text.PlatformRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every markup form, placeholders, RTL and CJK text and newlines survive a trip through each format. */
class FormatRoundTripTest {
    static final Map<String, String> HARD_TEXTS = Map.of(
            "message.m1", "**{{organization}}** says _hello_ to [the treaty](https://example.org/t?a=1&b=2).",
            "card.c1.headline", "مرحبا **بكم** من {{organization}}",
            "card.c1.alt", "中文_强调_和**粗体**\n第二行",
            "press.headline", "a < b & c ]]> d \"quoted\" on {{release_date}}\n\nSecond **bold _both** italic_ paragraph\r\nend",
            "var.organization", "**never closed and a ** b with snake_case\ttab");

    @TempDir
    Path temp;
    KitLoad load;

    @BeforeEach
    void kit() {
        load = TestKit.create(temp.resolve("kit")).load();
    }

    @ParameterizedTest
    @EnumSource(ExchangeFormat.class)
    void hardTextsComeBackExactlyAsTheTranslatorLeftThem(ExchangeFormat format) throws Exception {
        Kit edited = load.kit();
        for (var e : HARD_TEXTS.entrySet()) {
            String source = "EN " + e.getValue();
            edited = edited.withEntry("en", e.getKey(), Entry.plain(source))
                    .withEntry("es", e.getKey(), new Entry(e.getValue(), Status.TRANSLATED, source, null));
        }
        Path file = temp.resolve("es" + (format == ExchangeFormat.PO ? ".po" : ".xlf"));
        ExchangeService service = new ExchangeService(PlatformRules.bundled());
        service.exportFile(load, edited, "es", format, file);

        Kit sourcesOnly = load.kit();
        for (var e : HARD_TEXTS.entrySet()) {
            sourcesOnly = sourcesOnly.withEntry("en", e.getKey(), Entry.plain("EN " + e.getValue()));
        }
        ImportResult back = service.importFile(load, sourcesOnly, file);

        for (var e : HARD_TEXTS.entrySet()) {
            assertThat(back.kit().textsOf("es").get().text(e.getKey())).as(e.getKey()).contains(e.getValue());
        }
        assertThat(back.report().refused()).isEmpty();
        assertThat(back.report().changes()).hasSize(HARD_TEXTS.size());
    }

    @ParameterizedTest
    @EnumSource(ExchangeFormat.class)
    void anEditedTargetIsImportedWithItsStateAndTheCurrentSource(ExchangeFormat format) throws Exception {
        Path file = temp.resolve("es.out");
        ExchangeService service = new ExchangeService(PlatformRules.bundled());
        service.exportFile(load, load.kit(), "es", format, file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, text.replace("saluda.", "os saluda!"), StandardCharsets.UTF_8);

        ImportResult back = service.importFile(load, load.kit(), file);

        Entry entry = back.kit().textsOf("es").get().entry("message.m1").get();
        assertThat(entry.text()).isEqualTo("{{organization}} os saluda!");
        assertThat(entry.status()).isEqualTo(Status.TRANSLATED);
        assertThat(entry.source()).isEqualTo("{{organization}} says hello.");
        assertThat(back.report().changes()).extracting(ImportReport.Change::key).containsExactly("message.m1");
        assertThat(back.report().unchanged()).isEqualTo(5);
    }
}
