package org.campaignkit.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.campaignkit.export.bench.ExportBenchmark;
import org.campaignkit.export.bench.StartupBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench}: time a full export in this cold process, phase by phase, and report peak memory. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Export a kit (all languages, every output) into a temporary folder and print the time of each",
                "phase, the warm time per document, one card's sizes beside ImageMagick, and peak memory."})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--kit", defaultValue = "kits/un-cybercrime-treaty", paramLabel = "PATH",
            description = "Kit to export (default: the bundled kit).")
    Path kit;

    @Option(names = "--startup", paramLabel = "N", description = {"Instead of exporting, start the window N times (fresh JVM",
            "each, this JVM's options) and print when it showed the kit. Needs a display."})
    Integer startupRounds;

    @Override
    public Integer call() throws Exception {
        if (startupRounds != null) {
            boolean ran = new StartupBenchmark(spec.commandLine().getOut()).run(kit, Math.max(1, startupRounds));
            return ran ? ExitCodes.OK : ExitCodes.ERRORS;
        }
        new ExportBenchmark(spec.commandLine().getOut()).run(kit, LocalDate.of(2026, 12, 1));
        return ExitCodes.OK;
    }
}
