package org.campaignkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.campaignkit.testing.TestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark runs end to end and reports every phase; its figures are read by people, not asserted. */
class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void reportsEveryPhaseAndPeakMemory() {
        TestKit kit = TestKit.create(dir.resolve("kit"));
        StringWriter out = new StringWriter();
        int exit = Cli.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "bench", "--kit", kit.folder().toString());
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("read kit", "checks (preflight, card fit)", "export: documents (PDF, DOCX)",
                "export: cards (render, encode), alt text", "total, process start to done", "Warm, per document",
                "PDF", "DOCX", "Cards: \"c1\"", "Peak memory (RSS)");
    }
}
