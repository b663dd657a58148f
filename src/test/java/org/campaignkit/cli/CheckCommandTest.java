package org.campaignkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.campaignkit.testing.TestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    @TempDir
    Path dir;

    @Test
    void theBundledKitPassesWithExitZero() {
        CliRun run = CliRun.of("check", "--kit", TestKit.BUNDLED.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("0 errors, 0 warnings").contains("ready to export");
    }

    @Test
    void errorsGiveExitOneGroupedByLanguageWithFileAndKey() {
        TestKit kit = TestKit.create(dir.resolve("kit")).editJson("texts/es.json", root ->
                ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("strings")).put("message.m1", "x".repeat(400)));
        CliRun run = CliRun.of("check", "--kit", kit.folder().toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("Language es:").contains("over-limit").contains("texts/es.json [message.m1]");
    }

    @Test
    void warningsAloneKeepExitZero() {
        TestKit kit = TestKit.create(dir.resolve("kit")).editJson("kit.json", root -> root.remove("values"));
        CliRun run = CliRun.of("check", "--kit", kit.folder().toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("missing-value").contains("1 warning");
    }

    @Test
    void jsonOutputHasTheDocumentedShape() throws Exception {
        TestKit kit = TestKit.create(dir.resolve("kit")).editJson("texts/es.json", root ->
                ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("strings")).remove("card.c1.alt"));
        CliRun run = CliRun.of("check", "--kit", kit.folder().toString(), "--format", "json");
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.fieldNames()).toIterable().containsExactly("findings");
        JsonNode f = json.get("findings").get(0);
        assertThat(f.get("severity").asText()).isEqualTo("warning");
        assertThat(f.get("code").asText()).isEqualTo("missing-translation");
        assertThat(f.get("language").asText()).isEqualTo("es");
        assertThat(f.get("key").asText()).isEqualTo("card.c1.alt");
        assertThat(f.get("file").asText()).isEqualTo("texts/es.json");
        assertThat(f.get("message").asText()).isNotBlank();
    }

    @Test
    void usageErrorsGiveExitTwo() {
        assertThat(CliRun.of("check").exit()).isEqualTo(2);
        assertThat(CliRun.of("check", "--kit", TestKit.BUNDLED.toString(), "--format", "xml").exit()).isEqualTo(2);
        CliRun unknownLanguage = CliRun.of("check", "--kit", TestKit.BUNDLED.toString(), "--lang", "de");
        assertThat(unknownLanguage.exit()).isEqualTo(2);
        assertThat(unknownLanguage.err()).contains("no language \"de\"");
    }

    @Test
    void aKitThatCannotBeReadIsExitOneWithAFinding() {
        CliRun run = CliRun.of("check", "--kit", dir.resolve("nothing-here").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("missing-file").contains("nothing-here");
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void helpAndVersion() {
        assertThat(CliRun.of("--help").out()).contains("check").contains("format");
        CliRun version = CliRun.of("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).contains("Campaign Kit Composer").contains("campaign-kit/1");
    }

    @Test
    void formatRewritesANonCanonicalKitAndThenChangesNothing() {
        TestKit kit = TestKit.create(dir.resolve("kit"));
        CliRun first = CliRun.of("format", "--kit", kit.folder().toString());
        assertThat(first.exit()).isZero();
        assertThat(first.out()).contains("Rewrote");
        assertThat(CliRun.of("format", "--kit", kit.folder().toString()).out()).contains("Already in canonical form");
        assertThat(CliRun.of("check", "--kit", kit.folder().toString()).exit()).isZero();
    }
}
