package org.campaignkit.app;

import org.campaignkit.kit.Status;

/**
 * One string of the selected item, as the editor shows it: the reference text (the source, or
 * another language the person reads better) beside the target text, the target's state, and
 * whether it is missing or stale. A stale row carries the source it was translated from and the
 * source as it is now, so both can be shown.
 */
public record StringRow(String key, String reference, String target, Status status, boolean missing, boolean stale,
        String previousSource, String currentSource) {
}
