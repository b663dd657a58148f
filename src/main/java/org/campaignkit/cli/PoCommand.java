package org.campaignkit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.campaignkit.exchange.ExchangeFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code po}: the same exchange as gettext PO, for Weblate and other PO tools. */
@Command(name = "po", mixinStandardHelpOptions = true,
        description = "Exchange translations as gettext PO files (Weblate, Poedit, Crowdin).",
        subcommands = {PoCommand.Export.class, PoCommand.Import.class})
public final class PoCommand implements Runnable {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code po export}. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Write one language of a kit as a PO file for a translator.",
                    "Exit code: 0 written, 1 not written, 2 usage error."})
    static final class Export implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--kit", required = true, paramLabel = "PATH", description = "Kit folder, .zip or .ckit file.")
        Path kit;

        @Option(names = "--lang", required = true, paramLabel = "L", description = "The language to translate into.")
        String language;

        @Option(names = "--out", required = true, paramLabel = "FILE.po", description = "The file to write.")
        Path out;

        @Override
        public Integer call() {
            return ExchangeCommands.export(spec, "po export", kit, language, ExchangeFormat.PO, out);
        }
    }

    /** {@code po import}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Take a translated PO file back into a kit folder.",
                    "Units whose placeholders were damaged are refused and listed; all others are applied.",
                    "Exit code: 0 imported, 1 some unit refused or the file unreadable, 2 usage error."})
    static final class Import implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--kit", required = true, paramLabel = "PATH", description = "Kit folder (not a .zip or .ckit).")
        Path kit;

        @Option(names = "--in", required = true, paramLabel = "FILE.po", description = "The translated file.")
        Path in;

        @Override
        public Integer call() {
            return ExchangeCommands.importFile(spec, "po import", kit, in);
        }
    }
}
