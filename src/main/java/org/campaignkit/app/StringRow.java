package org.campaignkit.app;

import org.campaignkit.kit.Status;

/**
 * One string of the selected item, as the editor shows it: the source text beside the target
 * text, the target's state, and whether it is missing or stale.
 */
public record StringRow(String key, String source, String target, Status status, boolean missing, boolean stale) {
}
