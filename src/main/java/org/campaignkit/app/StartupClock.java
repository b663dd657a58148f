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
    private static final boolean ON = Boolean.getBoolean("campaignkit.startupReport");
    private static final java.util.Map<String, Long> MARKS = new java.util.concurrent.ConcurrentSkipListMap<>();

    private StartupClock() {
    }

    /** Notes when a start-up step finished (only when reporting), so the report can say where the time went. */
    static void mark(String step) {
        if (ON) {
            MARKS.putIfAbsent(MARKS.size() + 10 + " " + step, sinceJvmStart());
        }
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    static void reportWhenShown(Scene scene, ComposerViewModel model) {
        if (!ON) {
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
                        long ms = sinceJvmStart();
                        MARKS.forEach((step, at) -> System.out.println(
                                org.campaignkit.export.bench.StartupBenchmark.PHASE_PREFIX + step.substring(3) + " " + at));
                        System.out.println(org.campaignkit.export.bench.StartupBenchmark.REPORT_PREFIX + ms);
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
