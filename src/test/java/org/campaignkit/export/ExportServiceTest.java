package org.campaignkit.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.campaignkit.kit.Finding;
import org.campaignkit.kit.KitReader;
import org.campaignkit.kit.Severity;
import org.campaignkit.kit.source.KitFiles;
import org.campaignkit.testing.TestKit;
import org.campaignkit.text.PlatformRules;
import org.campaignkit.text.fonts.FontBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportServiceTest {
    private static final LocalDate DATE = LocalDate.of(2026, 12, 1);

    @TempDir
    Path dir;

    /** Writes one small text file per language, with the press headline in that language. */
    private static final class HeadlineExporter implements Exporter {
        @Override
        public Set<OutputKind> kinds() {
            return Set.of(OutputKind.DOCUMENT);
        }

        @Override
        public List<ExportedFile> export(ExportContext context, LocalizedTexts texts, ExportSink sink) throws IOException {
            LocalizedTexts file = texts.forFile();
            String headline = file.text("press.headline");
            return List.of(sink.write(texts.language() + "/headline.txt",
                    new ExportSink.Meta(OutputKind.DOCUMENT, texts.language(), "pr", file.usedFallback(), null, null),
                    out -> out.write(headline.getBytes(StandardCharsets.UTF_8))));
        }
    }

    /** Writes half a file, then fails as a full disk would. */
    private static final class FailingExporter implements Exporter {
        @Override
        public Set<OutputKind> kinds() {
            return Set.of(OutputKind.CARD);
        }

        @Override
        public List<ExportedFile> export(ExportContext context, LocalizedTexts texts, ExportSink sink) throws IOException {
            sink.write(texts.language() + "/half.png", new ExportSink.Meta(OutputKind.CARD, texts.language(), null, false, 1, 1),
                    out -> {
                        out.write(new byte[100]);
                        throw new IOException("No space left on device");
                    });
            return List.of();
        }
    }

    private ExportContext context(TestKit kit, ExportOptions options) throws Exception {
        return new ExportContext(new KitReader().read(kit.folder()).kit(), KitFiles.open(kit.folder()), FontBook.bundled(),
                PlatformRules.bundled(), options);
    }

    private static ExportOptions options(boolean allowMissing) {
        return new ExportOptions(Map.of("release_date", "2026-12-01"), Set.of(), allowMissing, DATE, null, null,
                ExportOptions.ImageFormat.PNG);
    }

    @Test
    void writesFilesAndAManifestWithChecksums() throws Exception {
        TestKit kit = TestKit.create(dir.resolve("kit"));
        Path out = dir.resolve("out");
        var result = new ExportService(List.of(new HeadlineExporter()))
                .export(context(kit, options(false)), List.of("en", "es"), List.of(), false, out, ExportListener.NONE);
        assertThat(out.resolve("es/headline.txt")).hasContent("Noticias del 1 de diciembre de 2026");
        assertThat(result.files()).extracting(ExportedFile::path).containsExactly("en/headline.txt", "es/headline.txt");
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertThat(manifest.get("kit").asText()).isEqualTo("test-kit");
        assertThat(manifest.get("version").asText()).isEqualTo("1");
        JsonNode es = manifest.get("files").get(1);
        assertThat(es.get("path").asText()).isEqualTo("es/headline.txt");
        assertThat(es.get("kind").asText()).isEqualTo("document");
        assertThat(es.get("language").asText()).isEqualTo("es");
        assertThat(es.get("format").asText()).isEqualTo("txt");
        assertThat(es.get("id").asText()).isEqualTo("pr");
        assertThat(es.has("fallback")).isFalse();
        assertThat(es.get("sha256").asText()).isEqualTo(java.util.HexFormat.of().formatHex(java.security.MessageDigest
                .getInstance("SHA-256").digest(Files.readAllBytes(out.resolve("es/headline.txt")))));
        assertNoStagingLeft(out);
    }

    @Test
    void aFailedExportLeavesNoPartialFileAndKeepsWhatWasThere() throws Exception {
        TestKit kit = TestKit.create(dir.resolve("kit"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        Files.createDirectories(out.resolve("es"));
        Files.writeString(out.resolve("es/headline.txt"), "from last week");
        assertThatThrownBy(() -> new ExportService(List.of(new HeadlineExporter(), new FailingExporter()))
                .export(context(kit, options(false)), List.of("es"), List.of(), false, out, ExportListener.NONE))
                .hasMessageContaining("No space left");
        assertThat(out.resolve("notes.txt")).hasContent("mine");
        assertThat(out.resolve("es/headline.txt")).hasContent("from last week");
        assertThat(out.resolve("es/half.png")).doesNotExist();
        assertThat(out.resolve("manifest.json")).doesNotExist();
        assertNoStagingLeft(out);
    }

    @Test
    void aFolderThatCannotBeWrittenIsNamed() throws Exception {
        TestKit kit = TestKit.create(dir.resolve("kit"));
        Path blocker = Files.writeString(dir.resolve("out"), "a file, not a folder");
        assertThatThrownBy(() -> new ExportService(List.of(new HeadlineExporter()))
                .export(context(kit, options(false)), List.of("es"), List.of(), false, blocker.resolve("sub"), ExportListener.NONE))
                .isInstanceOf(IOException.class).hasMessageContaining(blocker.resolve("sub").toString());
        assertThat(blocker).hasContent("a file, not a folder");
    }

    @Test
    void errorsAndMissingTranslationsRefuseUnlessFallbackIsAllowed() throws Exception {
        TestKit kit = TestKit.create(dir.resolve("kit"));
        Finding missing = new Finding(Severity.WARNING, "missing-translation", "es", "press.headline", "texts/es.json", "not translated");
        Finding missingValue = new Finding(Severity.WARNING, "missing-value", null, "organization", "kit.json", "no value");
        Finding error = Finding.error("over-limit", "texts/es.json", "too long");
        ExportService service = new ExportService(List.of(new HeadlineExporter()));
        Path out = dir.resolve("out");
        assertThatThrownBy(() -> service.export(context(kit, options(false)), List.of("es"), List.of(missing), false, out,
                ExportListener.NONE)).isInstanceOfSatisfying(ExportRefusedException.class,
                        e -> assertThat(e.findings()).singleElement().satisfies(f -> {
                            assertThat(f.severity()).isEqualTo(Severity.ERROR);
                            assertThat(f.message()).contains("--allow-missing");
                        }));
        assertThatThrownBy(() -> service.export(context(kit, options(true)), List.of("es"), List.of(missingValue), false, out,
                ExportListener.NONE)).isInstanceOf(ExportRefusedException.class);
        assertThatThrownBy(() -> service.export(context(kit, options(true)), List.of("es"), List.of(error), false, out,
                ExportListener.NONE)).isInstanceOf(ExportRefusedException.class);
        assertThat(out).doesNotExist();
    }

    @Test
    void fallbackIsUsedOnlyWhenAllowedAndMarked() throws Exception {
        TestKit kit = TestKit.create(dir.resolve("kit")).editJson("texts/es.json", root ->
                ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("strings")).remove("press.headline"));
        Path out = dir.resolve("out");
        assertThatThrownBy(() -> new ExportService(List.of(new HeadlineExporter()))
                .export(context(kit, options(false)), List.of("es"), List.of(), false, out, ExportListener.NONE))
                .hasMessageContaining("press.headline").hasMessageContaining("--allow-missing");
        var result = new ExportService(List.of(new HeadlineExporter()))
                .export(context(kit, options(true)), List.of("es"), List.of(), false, out, ExportListener.NONE);
        assertThat(result.files()).singleElement().satisfies(f -> assertThat(f.fallback()).isTrue());
        // The English source text stands in, with the date still written the Spanish way.
        assertThat(out.resolve("es/headline.txt")).hasContent("News on 1 de diciembre de 2026");
        assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"fallback\": true");
    }

    @Test
    void anUntranslatedDraftCopyIsExportedOnlyAsAMarkedFallback() throws Exception {
        TestKit kit = TestKit.create(dir.resolve("kit")).editJson("texts/es.json", root ->
                ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("strings")).putObject("press.headline")
                        .put("text", "News on {{release_date}}").put("status", "draft").put("source", "News on {{release_date}}"));
        Path out = dir.resolve("out");
        assertThatThrownBy(() -> new ExportService(List.of(new HeadlineExporter()))
                .export(context(kit, options(false)), List.of("es"), List.of(), false, out, ExportListener.NONE))
                .hasMessageContaining("press.headline");
        var result = new ExportService(List.of(new HeadlineExporter()))
                .export(context(kit, options(true)), List.of("es"), List.of(), false, out, ExportListener.NONE);
        assertThat(result.files()).singleElement().satisfies(f -> assertThat(f.fallback()).isTrue());
    }

    @Test
    void pressPacksAreReproducibleZipsWithAnIndex() throws Exception {
        TestKit kit = TestKit.create(dir.resolve("kit"));
        byte[][] zips = new byte[2][];
        for (int run = 0; run < 2; run++) {
            Path out = dir.resolve("out" + run);
            new ExportService(List.of(new HeadlineExporter()))
                    .export(context(kit, options(false)), List.of("es"), List.of(), true, out, ExportListener.NONE);
            zips[run] = Files.readAllBytes(out.resolve("test-kit-es-press-pack.zip"));
        }
        assertThat(zips[0]).isEqualTo(zips[1]);
        try (ZipFile zip = new ZipFile(dir.resolve("out0/test-kit-es-press-pack.zip").toFile())) {
            assertThat(zip.stream().map(java.util.zip.ZipEntry::getName)).containsExactly("README.txt", "manifest.json", "headline.txt");
            String readme = new String(zip.getInputStream(zip.getEntry("README.txt")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(readme).contains("headline.txt").contains("Noticias del 1 de diciembre de 2026");
            assertThat(zip.getEntry("headline.txt").getTimeLocal()).isEqualTo(DATE.atStartOfDay());
        }
        assertThat(Files.readString(dir.resolve("out0/manifest.json"))).contains("\"kind\": \"pack\"");
    }

    @Test
    void onlySkipsExportersOfOtherKinds() throws Exception {
        TestKit kit = TestKit.create(dir.resolve("kit"));
        ExportOptions onlyCards = new ExportOptions(Map.of(), Set.of(OutputKind.CARD), false, DATE, null, null,
                ExportOptions.ImageFormat.PNG);
        var result = new ExportService(List.of(new HeadlineExporter()))
                .export(context(kit, onlyCards), List.of("es"), List.of(), false, dir.resolve("out"), ExportListener.NONE);
        assertThat(result.files()).isEmpty();
    }

    @Test
    void cancellingStopsBeforeAnythingIsWritten() throws Exception {
        TestKit kit = TestKit.create(dir.resolve("kit"));
        Path out = dir.resolve("out");
        ExportListener cancel = new ExportListener() {
            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> new ExportService(List.of(new HeadlineExporter()))
                .export(context(kit, options(false)), List.of("es"), List.of(), false, out, cancel))
                .hasMessageContaining("cancelled");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }

    private static void assertNoStagingLeft(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).noneMatch(p -> p.getFileName().toString().startsWith("."));
        }
    }
}
