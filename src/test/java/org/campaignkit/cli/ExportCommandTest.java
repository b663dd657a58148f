package org.campaignkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.campaignkit.testing.TestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path dir;

    private static Map<String, byte[]> files(Path folder) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    @Test
    void theBundledKitExportsEverythingAndTheSameDateGivesTheSameBytes() throws Exception {
        for (String name : new String[] {"a", "b"}) {
            CliRun run = CliRun.of("export", "--kit", TestKit.BUNDLED.toString(), "--lang", "ar,zh-Hans", "--out",
                    dir.resolve(name).toString(), "--date", "2026-12-01", "--zip");
            assertThat(run.exit()).as(run.err()).isZero();
        }
        Map<String, byte[]> a = files(dir.resolve("a"));
        assertThat(a.keySet()).contains("manifest.json", "ar/press-release.pdf", "ar/press-release.docx", "ar/letter.pdf",
                "ar/fact-sheet.docx", "ar/messages.pdf", "ar/messages.docx", "ar/messages.xlsx", "ar/messages.csv",
                "ar/messages-hootsuite-x.csv", "ar/cards/safeguards-story.png", "ar/cards/surveillance-x-header.png",
                "ar/cards/alt-text.txt", "zh-Hans/press-release.pdf", "un-cybercrime-treaty-ar-press-pack.zip");
        assertThat(files(dir.resolve("b"))).usingRecursiveComparison().isEqualTo(a);
        JsonNode manifest = new ObjectMapper().readTree(a.get("manifest.json"));
        assertThat(manifest.get("files")).hasSize(a.size() - 1);
        assertThat(manifest.get("files")).anySatisfy(f -> {
            assertThat(f.get("path").asText()).isEqualTo("ar/cards/safeguards-story.png");
            assertThat(f.get("kind").asText()).isEqualTo("card");
            assertThat(f.get("width").asInt()).isEqualTo(1080);
            assertThat(f.get("height").asInt()).isEqualTo(1920);
            assertThat(f.get("id").asText()).isEqualTo("safeguards");
        });
    }

    @Test
    void aRefusedExportSaysWhyAndWritesNothing() {
        TestKit kit = TestKit.create(dir.resolve("kit")).editJson("kit.json", root -> root.remove("values"));
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("export", "--kit", kit.folder().toString(), "--lang", "all", "--out", out.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("missing-value").contains("organization").contains("Nothing was exported");
        assertThat(out).doesNotExist();
    }

    @Test
    void usageErrorsGiveExitTwo() {
        assertThat(CliRun.of("export", "--kit", TestKit.BUNDLED.toString(), "--lang", "de", "--out", dir.toString()).exit()).isEqualTo(2);
        assertThat(CliRun.of("export", "--kit", TestKit.BUNDLED.toString(), "--lang", "es", "--out", dir.toString(), "--only",
                "posters").exit()).isEqualTo(2);
        assertThat(CliRun.of("export", "--kit", TestKit.BUNDLED.toString(), "--lang", "es", "--out", dir.toString(), "--date",
                "tomorrow").exit()).isEqualTo(2);
    }
}
