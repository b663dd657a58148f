package org.campaignkit;

import org.campaignkit.app.ComposerWindow;
import org.campaignkit.cli.Cli;

/**
 * The one entry point. It does not extend javafx.application.Application, because a JavaFX
 * Application started as the main class of a class-path jar fails with "JavaFX runtime components
 * are missing". With no arguments (or only a .ckit file to open) it opens the window; otherwise it runs the
 * command line headless.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        quietLibraryLogging();
        if (args.length == 0 || opensKit(args)) {
            if (args.length == 1) {
                // A .ckit handed over by the desktop (the installers' file association): open it in the window.
                System.setProperty("campaignkit.kit", java.nio.file.Path.of(args[0]).toAbsolutePath().toString());
            }
            ComposerWindow.open(new String[0]);
            return;
        }
        System.setProperty("java.awt.headless", "true");
        System.exit(Cli.run(args));
    }

    /** One argument naming an existing .ckit file, as a file manager passes it: the window, not the command line. */
    static boolean opensKit(String[] args) {
        return args.length == 1 && args[0].toLowerCase(java.util.Locale.ROOT).endsWith(".ckit")
                && java.nio.file.Files.isRegularFile(java.nio.file.Path.of(args[0]));
    }

    /**
     * POI logs through the Log4j API, which without a backend prints "could not find a logging
     * provider" to the terminal. Its built-in simple logger, switched off, keeps the output for people.
     */
    static void quietLibraryLogging() {
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        System.setProperty("log4j2.statusLoggerLevel", "OFF");
    }
}
