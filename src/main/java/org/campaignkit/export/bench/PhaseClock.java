package org.campaignkit.export.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** Adds up wall-clock time per named phase, in the order phases first ran. */
final class PhaseClock {
    private final Map<String, Long> nanos = new LinkedHashMap<>();

    synchronized void add(String phase, long elapsedNanos) {
        nanos.merge(phase, elapsedNanos, Long::sum);
    }

    <T> T time(String phase, ThrowingSupplier<T> work) throws Exception {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            add(phase, System.nanoTime() - start);
        }
    }

    synchronized Map<String, Long> phases() {
        return new LinkedHashMap<>(nanos);
    }

    /** Work that may throw, timed as a phase. */
    @FunctionalInterface
    interface ThrowingSupplier<T> {
        T get() throws Exception;
    }
}
