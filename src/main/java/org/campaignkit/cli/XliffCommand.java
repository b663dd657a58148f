package org.campaignkit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.campaignkit.exchange.ExchangeFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code xliff}: send a language to a translator's CAT tool as XLIFF and take it back. */
@Command(name = "xliff", mixinStandardHelpOptions = true,
        description = "Exchange translations with CAT tools (OmegaT, Trados, memoQ, Okapi, Crowdin) as XLIFF 2.0 or 1.2.",
        subcommands = {XliffCommand.Export.class, XliffCommand.Import.class})
public final class XliffCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code xliff export}. */
    @Command(name = "export",
            description = {"Write one language of a kit as an XLIFF file for a translator.",
                    "Exit code: 0 written, 1 not written, 2 usage error."})
    static final class Export implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        // No standard --version here: --version names the XLIFF version.
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
        boolean help;

        @Option(names = "--kit", required = true, paramLabel = "PATH", description = "Kit folder, .zip or .ckit file.")
        Path kit;

        @Option(names = "--lang", required = true, paramLabel = "L", description = "The language to translate into.")
        String language;

        @Option(names = "--out", required = true, paramLabel = "FILE.xlf", description = "The file to write.")
        Path out;

        @Option(names = "--version", defaultValue = "2.0", paramLabel = "2.0|1.2", description = "XLIFF version (default: 2.0).")
        String version;

        @Override
        public Integer call() {
            ExchangeFormat format = switch (version) {
                case "2.0", "2" -> ExchangeFormat.XLIFF_2_0;
                case "1.2" -> ExchangeFormat.XLIFF_1_2;
                default -> null;
            };
            if (format == null) {
                spec.commandLine().getErr().println("campaign-kit xliff export: --version is 2.0 or 1.2, not \"" + version + "\".");
                return ExitCodes.USAGE;
            }
            return ExchangeCommands.export(spec, "xliff export", kit, language, format, out);
        }
    }

    /** {@code xliff import}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Take a translated XLIFF file (2.0 or 1.2, detected) back into a kit folder.",
                    "Units whose placeholders were damaged are refused and listed; all others are applied.",
                    "Exit code: 0 imported, 1 some unit refused or the file unreadable, 2 usage error."})
    static final class Import implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--kit", required = true, paramLabel = "PATH", description = "Kit folder (not a .zip or .ckit).")
        Path kit;

        @Option(names = "--in", required = true, paramLabel = "FILE.xlf", description = "The translated file.")
        Path in;

        @Override
        public Integer call() {
            return ExchangeCommands.importFile(spec, "xliff import", kit, in);
        }
    }
}
