package org.campaignkit.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.campaignkit.kit.Entry;
import org.campaignkit.kit.KitLoad;
import org.campaignkit.kit.Status;
import org.campaignkit.testing.TestKit;
import org.campaignkit.text.PlatformRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files in the shapes OmegaT, Okapi (Rainbow, Tikal), Crowdin and Weblate write import. */
class ToolShapedFilesTest {
    @TempDir
    Path temp;
    KitLoad load;

    @BeforeEach
    void kit() {
        load = TestKit.create(temp.resolve("kit")).load();
    }

    @Test
    void omegatXliff20WithMrkGroupsMatchesAndCrlf() throws Exception {
        ImportResult result = importSample("omegat-2.0.xlf");

        assertThat(entry(result, "message.m1")).isEqualTo(new Entry("{{organization}} os saluda desde OmegaT.", Status.TRANSLATED,
                "{{organization}} says hello.", null));
        assertThat(entry(result, "card.c1.headline").text()).isEqualTo("**¡Hola**!");
        assertThat(entry(result, "card.c1.headline").status()).isEqualTo(Status.REVIEWED);
        // Two segments and an ignorable are one string; the least finished segment decides the state.
        assertThat(entry(result, "press.headline").text()).isEqualTo("Noticias del {{release_date}} (borrador)");
        assertThat(entry(result, "press.headline").status()).isEqualTo(Status.DRAFT);
        assertThat(result.report().refused()).isEmpty();
        assertThat(result.report().format()).isEqualTo(ExchangeFormat.XLIFF_2_0);
    }

    @Test
    void okapiXliff12WithSegSourceAltTransAndNativeCodes() throws Exception {
        ImportResult result = importSample("okapi-rainbow-1.2.xlf");

        assertThat(entry(result, "message.m1").text()).isEqualTo("{{organization}} saluda desde Okapi.");
        assertThat(entry(result, "card.c1.headline")).isEqualTo(new Entry("**Hola** _amigos_", Status.REVIEWED, "Hello", null));
        assertThat(entry(result, "press.headline")).isEqualTo(new Entry("Noticias del {{release_date}}", Status.DRAFT,
                "News on {{release_date}}", null));
        assertThat(entry(result, "card.c1.alt").text()).isEqualTo("**Una** tarjeta _que saluda");
        assertThat(entry(result, "card.c1.alt").status()).isEqualTo(Status.TRANSLATED);
        assertThat(result.report().refused()).isEmpty();
    }

    @Test
    void crowdinXliff12WithResnameApprovedAndUnknownKeys() throws Exception {
        ImportResult result = importSample("crowdin-1.2.xlf");

        assertThat(entry(result, "card.c1.headline")).isEqualTo(new Entry("¡Hola, **mundo**!", Status.REVIEWED, "Hello", null));
        assertThat(entry(result, "var.release_date")).isEqualTo(new Entry("Fecha de publicación", Status.REVIEWED, "Release date", null));
        assertThat(entry(result, "card.c1.alt")).isEqualTo(Entry.plain("Una tarjeta que saluda"));
        assertThat(result.report().unknownIds()).singleElement().asString().contains("old.key", "crowdin-1.2.xlf");
        assertThat(result.report().empty()).isEqualTo(1);
    }

    @Test
    void weblatePoWithFlagsReferencesObsoleteEntriesAndCrlf() throws Exception {
        ImportResult result = importSample("weblate.po");

        assertThat(entry(result, "message.m1")).isEqualTo(new Entry("{{organization}} saluda\nen dos líneas con \"comillas\".",
                Status.DRAFT, "{{organization}} says hello.", null));
        assertThat(entry(result, "card.c1.headline")).isEqualTo(new Entry("Hola desde Weblate", Status.TRANSLATED, "Hello", null));
        assertThat(entry(result, "card.c1.alt")).isEqualTo(Entry.plain("Una tarjeta que saluda"));
        assertThat(result.report().unknownIds()).isEmpty();
        assertThat(result.report().format()).isEqualTo(ExchangeFormat.PO);
    }

    private ImportResult importSample(String name) throws IOException, ExchangeException {
        Path file = temp.resolve(name);
        try (InputStream in = getClass().getResourceAsStream(name)) {
            Files.write(file, in.readAllBytes());
        }
        return new ExchangeService(PlatformRules.bundled()).importFile(load, load.kit(), file);
    }

    private static Entry entry(ImportResult result, String key) {
        return result.kit().textsOf("es").orElseThrow().entry(key).orElseThrow();
    }
}
