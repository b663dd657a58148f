package org.campaignkit.export.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Time from starting the program to the window showing a kit's strings, measured the way a person
 * sees it: a fresh JVM per round, launched with this process's own class path and JVM options,
 * which prints the moment its window first drew the strings and exits. Needs a display (Xvfb will do).
 */
public final class StartupBenchmark {
    /** What the window prints when it has drawn the kit (see app.StartupClock). */
    public static final String REPORT_PREFIX = "window-shown-ms ";
    /** Lines before it name the steps on the way, each with its time since the JVM started. */
    public static final String PHASE_PREFIX = "window-step-ms ";
    private static final String LAUNCHER = "org.campaignkit.Launcher";
    private final PrintWriter out;
    private final List<String> phases = new ArrayList<>();

    public StartupBenchmark(PrintWriter out) {
        this.out = out;
    }

    /** Runs {@code rounds} cold starts on a kit; returns false when there is no display to start on. */
    public boolean run(Path kit, int rounds) throws IOException, InterruptedException {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            out.println("start-up: skipped, no display (set DISPLAY, e.g. run Xvfb :99 and DISPLAY=:99)");
            out.flush();
            return false;
        }
        List<Long> shown = new ArrayList<>();
        List<Long> wall = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            Path recovery = Files.createTempDirectory("campaign-kit-bench-recovery");
            try {
                long start = System.nanoTime();
                long reported = startOnce(kit, recovery);
                wall.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                shown.add(reported);
            } finally {
                Files.deleteIfExists(recovery);
            }
        }
        out.printf(Locale.ROOT, "start-up to the kit's strings on screen (%d cold starts): %s ms after the JVM started;"
                + " %s ms from launching the process%n", rounds, join(shown), join(wall));
        out.println("  steps of the last start (ms after the JVM started): " + String.join(", ", phases));
        out.flush();
        return true;
    }

    private long startOnce(Path kit, Path recovery) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        // The child runs with the same JVM options as this process (heap, GC, tiered compilation).
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> !a.startsWith("-agentlib") && !a.startsWith("-javaagent")).forEach(command::add);
        command.add("-Dcampaignkit.startupReport=true");
        command.add("-Dcampaignkit.exitWhenShown=true");
        command.add("-Dcampaignkit.kit=" + kit.toAbsolutePath());
        command.add("-Dcampaignkit.recovery=" + recovery);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(LAUNCHER);
        phases.clear();
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Long reported = null;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith(PHASE_PREFIX)) {
                    phases.add(line.substring(PHASE_PREFIX.length()));
                }
                if (line.startsWith(REPORT_PREFIX)) {
                    reported = Long.parseLong(line.substring(REPORT_PREFIX.length()).strip());
                }
            }
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("The window did not close within 60 s of starting.");
        }
        if (reported == null) {
            throw new IOException("The window never reported showing the kit (exit code " + process.exitValue() + ").");
        }
        return reported;
    }

    private static String join(List<Long> values) {
        return String.join(", ", values.stream().map(String::valueOf).toList());
    }
}
