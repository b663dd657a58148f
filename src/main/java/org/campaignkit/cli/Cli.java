package org.campaignkit.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Builds the command line and runs it; returns the process exit code. */
public final class Cli {
    private Cli() {
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new CampaignKitCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // A person gets a sentence, not a stack trace; the cause stays in the message.
            commandLine.getErr().println("campaign-kit: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return ExitCodes.ERRORS;
        });
        return cli.execute(args);
    }
}
