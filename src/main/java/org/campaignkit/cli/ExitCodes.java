package org.campaignkit.cli;

/** The exit codes every subcommand shares. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int ERRORS = 1;
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
