package org.campaignkit.export;

/** Progress of an export, for a progress bar; called from the exporting thread. */
public interface ExportListener {
    ExportListener NONE = new ExportListener() {
    };

    /** One exporter is about to run for one language; {@code done} of {@code total} steps are finished. */
    default void step(String language, String exporter, int done, int total) {
    }

    /** The person asked to stop; checked between steps. */
    default boolean cancelled() {
        return false;
    }
}
