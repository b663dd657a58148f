package org.campaignkit.export.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campaignkit.export.ExportOptions;
import org.campaignkit.export.ExportedFile;
import org.campaignkit.export.OutputKind;
import org.campaignkit.export.layout.DocumentLayout;
import org.campaignkit.testing.ExportFixture;
import org.campaignkit.testing.MemorySink;
import org.campaignkit.testing.Rfc4180;
import org.campaignkit.testing.TestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetExporterTest {
    private static final LocalDate DATE = LocalDate.of(2026, 12, 1);

    @Test
    void writesTheSheetAndOneHootsuiteFilePerPlatform() throws IOException {
        try (ExportFixture fx = ExportFixture.bundled(DATE)) {
            MemorySink sink = new MemorySink();
            List<ExportedFile> files = new SheetExporter().export(fx.context(), fx.texts("ar"), sink);

            assertThat(files).extracting(ExportedFile::path).containsExactly("ar/messages.csv", "ar/messages.xlsx",
                    "ar/messages-hootsuite-x.csv", "ar/messages-hootsuite-bluesky.csv",
                    "ar/messages-hootsuite-mastodon.csv", "ar/messages-hootsuite-threads.csv",
                    "ar/messages-hootsuite-facebook.csv", "ar/messages-hootsuite-instagram.csv",
                    "ar/messages-hootsuite-linkedin.csv");
            assertThat(files).extracting(ExportedFile::format).containsExactly("csv", "xlsx", "csv", "csv", "csv", "csv",
                    "csv", "csv", "csv");
            assertThat(files.subList(0, 2)).allSatisfy(f -> assertThat(f.kind()).isEqualTo(OutputKind.MESSAGE_SHEET));
            assertThat(files.subList(2, 9)).allSatisfy(f -> assertThat(f.kind()).isEqualTo(OutputKind.SCHEDULE));
            assertThat(files).allSatisfy(f -> {
                assertThat(f.language()).isEqualTo("ar");
                assertThat(f.fallback()).isFalse();
            });
            assertThat(files.get(2).id()).isEqualTo("x");
            assertThat(files.get(0).id()).isNull();
        }
    }

    @Test
    void givesTheDocumentWritersTheSheetAsALayout() {
        try (ExportFixture fx = ExportFixture.bundled(DATE)) {
            DocumentLayout layout = SheetExporter.layout(fx.context(), fx.texts("ru"));
            assertThat(layout).isEqualTo(MessageSheetLayout.of(MessageSheet.of(fx.context(), fx.texts("ru")), fx.context()));
            assertThat(layout.kind()).isEqualTo(OutputKind.MESSAGE_SHEET);
            assertThat(layout.title()).isEqualTo("Сообщения для социальных сетей — русский");
        }
    }

    @Test
    void theGenericCsvHasAHeaderAndTheRowsOfTheSheet() throws IOException {
        try (ExportFixture fx = ExportFixture.bundled(DATE)) {
            MemorySink sink = new MemorySink();
            new SheetExporter().export(fx.context(), fx.texts("zh-Hans"), sink);
            List<List<String>> records = Rfc4180.parseWithBom(sink.bytes("zh-Hans/messages.csv"));
            MessageSheet sheet = MessageSheet.of(fx.context(), fx.texts("zh-Hans"));

            assertThat(records.get(0)).containsExactly("message_id", "platform", "language", "text", "link", "image",
                    "alt_text");
            assertThat(records).hasSize(sheet.rows().size() + 1);
            MessageRow first = sheet.rows().get(0);
            assertThat(records.get(1)).containsExactly(first.messageId(), "x", "zh-Hans", first.post(), first.link(),
                    "cards/safeguards-x.png", first.altText());
            assertThat(records.get(1).get(3)).contains("\n\n");
        }
    }

    @Test
    void theSameExportGivesTheSameBytes() throws Exception {
        try (ExportFixture fx = ExportFixture.bundled(DATE)) {
            MemorySink first = new MemorySink();
            new SheetExporter().export(fx.context(), fx.texts("en"), first);
            Thread.sleep(2100);
            MemorySink second = new MemorySink();
            new SheetExporter().export(fx.context(), fx.texts("en"), second);
            assertThat(second.files().keySet()).isEqualTo(first.files().keySet());
            first.files().forEach((path, written) -> assertThat(second.bytes(path)).as(path).isEqualTo(written.bytes()));
        }
    }

    @Test
    void onlyWritesTheKindsAskedFor() throws IOException {
        ExportOptions schedule = new ExportOptions(Map.of(), Set.of(OutputKind.SCHEDULE), false, DATE, null, null,
                ExportOptions.ImageFormat.PNG);
        try (ExportFixture fx = ExportFixture.open(TestKit.BUNDLED, schedule)) {
            MemorySink sink = new MemorySink();
            new SheetExporter().export(fx.context(), fx.texts("en"), sink);
            assertThat(sink.files().keySet()).allMatch(p -> p.startsWith("en/messages-hootsuite-")).hasSize(7);
        }
        ExportOptions sheetOnly = new ExportOptions(Map.of(), Set.of(OutputKind.MESSAGE_SHEET), false, DATE, null, null,
                ExportOptions.ImageFormat.PNG);
        try (ExportFixture fx = ExportFixture.open(TestKit.BUNDLED, sheetOnly)) {
            MemorySink sink = new MemorySink();
            new SheetExporter().export(fx.context(), fx.texts("en"), sink);
            assertThat(sink.files().keySet()).containsExactly("en/messages.csv", "en/messages.xlsx");
        }
        assertThat(new SheetExporter().kinds()).containsExactlyInAnyOrder(OutputKind.MESSAGE_SHEET, OutputKind.SCHEDULE);
    }

    @Test
    void marksFilesThatUsedSourceTextForAMissingTranslation(@TempDir Path dir) throws IOException {
        TestKit kit = TestKit.create(dir).editJson("texts/es.json", root -> root.withObject("strings").remove("card.c1.alt"));
        ExportOptions allow = new ExportOptions(Map.of(), Set.of(), true, DATE, null, null, ExportOptions.ImageFormat.PNG);
        try (ExportFixture fx = ExportFixture.open(kit.folder(), allow)) {
            MemorySink sink = new MemorySink();
            List<ExportedFile> files = new SheetExporter().export(fx.context(), fx.texts("es"), sink);
            assertThat(files).isNotEmpty().allSatisfy(f -> assertThat(f.fallback()).as(f.path()).isTrue());
            assertThat(sink.files().values()).allSatisfy(w -> assertThat(w.meta().fallback()).isTrue());
        }
    }

    @Test
    void aKitWithoutMessagesWritesNothing(@TempDir Path dir) throws IOException {
        TestKit kit = TestKit.create(dir).editJson("kit.json", root -> root.withArray("messages").removeAll());
        try (ExportFixture fx = ExportFixture.open(kit.folder(), ExportOptions.defaults(DATE))) {
            MemorySink sink = new MemorySink();
            assertThat(new SheetExporter().export(fx.context(), fx.texts("en"), sink)).isEmpty();
            assertThat(sink.files()).isEmpty();
        }
    }

    @Test
    void oddPlatformIdsMakeSafeDistinctFileNames(@TempDir Path dir) throws IOException {
        TestKit kit = TestKit.create(dir).editJson("kit.json", root -> ((ObjectNode) root.withArray("messages").get(0))
                .withArray("platforms").removeAll().add("../evil").add("../evil").add("..?evil"));
        try (ExportFixture fx = ExportFixture.open(kit.folder(), ExportOptions.defaults(DATE))) {
            MemorySink sink = new MemorySink();
            new SheetExporter().export(fx.context(), fx.texts("en"), sink);
            assertThat(sink.files().keySet()).contains("en/messages-hootsuite-___evil.csv",
                    "en/messages-hootsuite-___evil~2.csv");
            assertThat(sink.files().keySet()).allMatch(p -> !p.contains("/..") && p.startsWith("en/"));
        }
        String longId = "p".repeat(500);
        assertThat(SheetExporter.hootsuiteFileName(new HootsuiteCsv.Part(longId, 2, new byte[0])))
                .isEqualTo("messages-hootsuite-" + "p".repeat(64) + "-2.csv");
    }
}
