package org.campaignkit.app;

import javafx.application.Application;

/** Starts the desktop window, turning a missing display into a sentence instead of a stack trace. */
public final class ComposerWindow {
    private ComposerWindow() {
    }

    public static void open(String[] args) {
        // Running JavaFX from the class path is deliberate (see Launcher); its warning would only worry people.
        java.util.logging.Logger.getLogger("com.sun.javafx.application.PlatformImpl").setLevel(java.util.logging.Level.SEVERE);
        try {
            Application.launch(ComposerApp.class, args);
        } catch (RuntimeException e) {
            System.err.println("campaign-kit: cannot open the window (" + e.getMessage() + ").");
            System.err.println("On a machine without a display, use a subcommand, e.g. "
                    + "'campaign-kit check --kit PATH'; see 'campaign-kit --help'.");
            System.exit(1);
        }
    }
}
