package org.campaignkit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top command: with no subcommand the launcher opens the window instead. */
@Command(name = "campaign-kit", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Open, check and export campaign kits, offline.",
                "Run without arguments to open the desktop app."},
        subcommands = {CheckCommand.class, ExportCommand.class, FormatCommand.class, BenchCommand.class,
                XliffCommand.class, PoCommand.class})
public final class CampaignKitCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
