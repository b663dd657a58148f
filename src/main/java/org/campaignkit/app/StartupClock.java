package org.campaignkit.app;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;

/**
 * Measures start-up for the benchmark: with {@code -Dcampaignkit.startupReport=true}, the window
 * prints how long after the JVM started it first drew a kit's strings, and with
 * {@code -Dcampaignkit.exitWhenShown=true} it then closes. Nothing happens without the properties.
 */
final class StartupClock {
    static final String REPORT_PREFIX = "window-shown-ms ";

    private StartupClock() {
    }

    static void reportWhenShown(Scene scene, ComposerViewModel model) {
        if (!Boolean.getBoolean("campaignkit.startupReport")) {
            return;
        }
        model.rows().addListener(new ListChangeListener<StringRow>() {
            @Override
            public void onChanged(Change<? extends StringRow> change) {
                if (model.rows().isEmpty()) {
                    return;
                }
                model.rows().removeListener(this);
                // The strings are on screen after the next layout pulse, not when the list fills.
                Runnable drawn = new Runnable() {
                    @Override
                    public void run() {
                        scene.removePostLayoutPulseListener(this);
                        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                        System.out.println(REPORT_PREFIX + ms);
                        System.out.flush();
                        if (Boolean.getBoolean("campaignkit.exitWhenShown")) {
                            Platform.exit();
                        }
                    }
                };
                scene.addPostLayoutPulseListener(drawn);
                Platform.requestNextPulse();
            }
        });
    }
}
