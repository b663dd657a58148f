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
        if (args.length == 0) {
            ComposerWindow.open(args);
            return;
        }
        System.setProperty("java.awt.headless", "true");
        System.exit(Cli.run(args));
    }
}
