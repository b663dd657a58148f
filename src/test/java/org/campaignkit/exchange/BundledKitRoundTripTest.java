package org.campaignkit.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.KitLoad;
import org.campaignkit.kit.KitReader;
import org.campaignkit.kit.KitWriter;
import org.campaignkit.testing.TestKit;
import org.campaignkit.text.PlatformRules;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Exporting the bundled kit and importing the file unedited changes no byte, in every language and format. */
class BundledKitRoundTripTest {
    @TempDir
    Path temp;

    static Stream<Arguments> languagesAndFormats() {
        return Stream.of("es", "pt-BR", "fr", "ar", "zh-Hans", "ru")
                .flatMap(l -> Stream.of(ExchangeFormat.values()).map(f -> Arguments.of(l, f)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("languagesAndFormats")
    void exportThenImportChangesNoByte(String language, ExchangeFormat format) throws Exception {
        Path kitFolder = copyOfBundledKit();
        Map<String, byte[]> before = snapshot(kitFolder);
        KitLoad load = new KitReader().read(kitFolder);
        ExchangeService service = new ExchangeService(PlatformRules.bundled());
        Path file = temp.resolve("out-" + language + (format == ExchangeFormat.PO ? ".po" : ".xlf"));

        service.exportFile(load, load.kit(), language, format, file);
        ImportResult result = service.importFile(load, load.kit(), file);
        Kit imported = result.kit();
        new KitWriter().save(load, imported, kitFolder);

        assertThat(result.report().changes()).isEmpty();
        assertThat(result.report().refused()).isEmpty();
        assertThat(result.report().unknownIds()).isEmpty();
        assertThat(result.report().unchanged()).isPositive();
        assertThat(snapshot(kitFolder)).containsOnlyKeys(before.keySet());
        before.forEach((path, bytes) -> assertThat(snapshot(kitFolder).get(path)).as(path).isEqualTo(bytes));
        Files.createDirectories(Path.of("target", "exchange-samples"));
        Files.copy(file, Path.of("target", "exchange-samples", format + "-" + file.getFileName()),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private Path copyOfBundledKit() throws IOException {
        Path copy = temp.resolve("kit");
        try (Stream<Path> all = Files.walk(TestKit.BUNDLED)) {
            for (Path p : all.toList()) {
                Path to = copy.resolve(TestKit.BUNDLED.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return copy;
    }

    static Map<String, byte[]> snapshot(Path folder) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString(), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return files;
    }
}
