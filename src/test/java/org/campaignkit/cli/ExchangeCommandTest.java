package org.campaignkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.campaignkit.testing.TestKit;
import org.campaignkit.testing.Zips;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code xliff} and {@code po}: exit codes and what a person reads. */
class ExchangeCommandTest {
    @TempDir
    Path temp;
    TestKit kit;

    @BeforeEach
    void kit() {
        kit = TestKit.create(temp.resolve("kit"));
    }

    @Test
    void xliffExportThenImportChangesNothing() throws Exception {
        String before = kit.read("texts/es.json");
        Path file = temp.resolve("es.xlf");

        CliRun export = CliRun.of("xliff", "export", "--kit", kit.folder().toString(), "--lang", "es", "--out", file.toString());
        CliRun back = CliRun.of("xliff", "import", "--kit", kit.folder().toString(), "--in", file.toString());

        assertThat(export.exit()).isEqualTo(ExitCodes.OK);
        assertThat(export.out()).contains("Wrote " + file + ": XLIFF 2.0, en to es");
        assertThat(Files.readString(file)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff");
        assertThat(back.exit()).isEqualTo(ExitCodes.OK);
        assertThat(back.out()).contains("0 changed, 6 unchanged", "The kit was not changed.");
        assertThat(kit.read("texts/es.json")).isEqualTo(before);
    }

    @Test
    void xliff12IsWrittenOnRequestAndDetectedOnImport() throws Exception {
        Path file = temp.resolve("es12.xlf");

        CliRun export = CliRun.of("xliff", "export", "--kit", kit.folder().toString(), "--lang", "es", "--out", file.toString(),
                "--version", "1.2");
        Files.writeString(file, Files.readString(file).replace(">Hola<", ">Hola, mundo<"));
        CliRun back = CliRun.of("xliff", "import", "--kit", kit.folder().toString(), "--in", file.toString());

        assertThat(export.exit()).isEqualTo(ExitCodes.OK);
        assertThat(back.exit()).isEqualTo(ExitCodes.OK);
        assertThat(back.out()).contains("XLIFF 1.2 es12.xlf into es: 1 changed", "changed card.c1.headline",
                "Saved texts/es.json.");
        assertThat(kit.read("texts/es.json")).contains("Hola, mundo");
    }

    @Test
    void aRefusedUnitExitsOneAndTheOthersAreSaved() throws Exception {
        Path file = temp.resolve("es.po");
        assertThat(CliRun.of("po", "export", "--kit", kit.folder().toString(), "--lang", "es", "--out", file.toString()).exit())
                .isEqualTo(ExitCodes.OK);
        Files.writeString(file, Files.readString(file).replace("msgstr \"{{organization}} saluda.\"", "msgstr \"saluda.\"")
                .replace("msgstr \"Hola\"", "msgstr \"Hola otra vez\""));

        CliRun back = CliRun.of("po", "import", "--kit", kit.folder().toString(), "--in", file.toString());

        assertThat(back.exit()).isEqualTo(ExitCodes.ERRORS);
        assertThat(back.out()).contains("refused es.po, line", "message.m1", "drops the placeholder {{organization}}",
                "1 unit(s) were refused (listed above); every other unit was applied.");
        assertThat(kit.read("texts/es.json")).contains("Hola otra vez").contains("{{organization}} saluda.");
    }

    @Test
    void importIntoAZippedKitIsRefusedWithAWayOut() throws Exception {
        Path zip = temp.resolve("kit.ckit");
        Zips.zipFolder(kit.folder(), zip, "");

        CliRun run = CliRun.of("xliff", "import", "--kit", zip.toString(), "--in", temp.resolve("x.xlf").toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("is a .ckit/.zip file; translations are imported into a kit folder. Unzip it");
    }

    @Test
    void usageErrorsExitTwo() {
        String folder = kit.folder().toString();
        CliRun source = CliRun.of("xliff", "export", "--kit", folder, "--lang", "en", "--out", temp.resolve("a").toString());
        CliRun missing = CliRun.of("po", "export", "--kit", folder, "--lang", "de", "--out", temp.resolve("a").toString());
        CliRun version = CliRun.of("xliff", "export", "--kit", folder, "--lang", "es", "--out", "a", "--version", "3");
        CliRun noFile = CliRun.of("po", "import", "--kit", folder, "--in", temp.resolve("none.po").toString());

        assertThat(source.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(source.err()).contains("\"en\" is the kit's source language");
        assertThat(missing.err()).contains("the kit has no language \"de\"; it has en, es.");
        assertThat(version.err()).contains("--version is 2.0 or 1.2");
        assertThat(noFile.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(noFile.err()).contains("none.po does not exist.");
        assertThat(missing.exit()).isEqualTo(version.exit()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aHostileFileExitsOneWithASentenceNotAStackTrace() throws Exception {
        Path file = temp.resolve("evil.xlf");
        Files.writeString(file, "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]><xliff version=\"1.2\"/>");

        CliRun run = CliRun.of("xliff", "import", "--kit", kit.folder().toString(), "--in", file.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.ERRORS);
        assertThat(run.err()).contains("evil.xlf, line 1: the file has a DOCTYPE declaration", "Nothing was imported.")
                .doesNotContain("Exception", "\tat ");
    }
}
