package org.campaignkit;

import org.campaignkit.app.ComposerWindow;
import org.campaignkit.cli.Cli;

/**
 * The one entry point. It does not extend javafx.application.Application, because a JavaFX
 * Application started as the main class of a class-path jar fails with "JavaFX runtime components
 * are missing". With no arguments it opens the window; with any, it runs the command line headless.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        quietLibraryLogging();
        if (args.length == 0) {
            ComposerWindow.open(args);
            return;
        }
        System.setProperty("java.awt.headless", "true");
        System.exit(Cli.run(args));
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
