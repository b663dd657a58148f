package org.campaignkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.campaignkit.testing.TestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void theBundledKitPassesWithExitZero() {
        Run run = run("check", "--kit", TestKit.BUNDLED.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("0 errors, 0 warnings").contains("ready to export");
    }

    @Test
    void errorsGiveExitOneGroupedByLanguageWithFileAndKey() {
        TestKit kit = TestKit.create(dir.resolve("kit")).editJson("texts/es.json", root ->
                ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("strings")).put("message.m1", "x".repeat(400)));
        Run run = run("check", "--kit", kit.folder().toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("Language es:").contains("over-limit").contains("texts/es.json [message.m1]");
    }

    @Test
    void warningsAloneKeepExitZero() {
        TestKit kit = TestKit.create(dir.resolve("kit")).editJson("kit.json", root -> root.remove("values"));
        Run run = run("check", "--kit", kit.folder().toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("missing-value").contains("1 warning");
    }

    @Test
    void jsonOutputHasTheDocumentedShape() throws Exception {
        TestKit kit = TestKit.create(dir.resolve("kit")).editJson("texts/es.json", root ->
                ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("strings")).remove("card.c1.alt"));
        Run run = run("check", "--kit", kit.folder().toString(), "--format", "json");
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
        assertThat(run("check").exit()).isEqualTo(2);
        assertThat(run("check", "--kit", TestKit.BUNDLED.toString(), "--format", "xml").exit()).isEqualTo(2);
        Run unknownLanguage = run("check", "--kit", TestKit.BUNDLED.toString(), "--lang", "de");
        assertThat(unknownLanguage.exit()).isEqualTo(2);
        assertThat(unknownLanguage.err()).contains("no language \"de\"");
    }

    @Test
    void aKitThatCannotBeReadIsExitOneWithAFinding() {
        Run run = run("check", "--kit", dir.resolve("nothing-here").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("missing-file").contains("nothing-here");
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void helpAndVersion() {
        assertThat(run("--help").out()).contains("check").contains("format");
        Run version = run("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).contains("Campaign Kit Composer").contains("campaign-kit/1");
    }

    @Test
    void formatRewritesANonCanonicalKitAndThenChangesNothing() {
        TestKit kit = TestKit.create(dir.resolve("kit"));
        Run first = run("format", "--kit", kit.folder().toString());
        assertThat(first.exit()).isZero();
        assertThat(first.out()).contains("Rewrote");
        assertThat(run("format", "--kit", kit.folder().toString()).out()).contains("Already in canonical form");
        assertThat(run("check", "--kit", kit.folder().toString()).exit()).isZero();
    }
}
