package org.campaignkit.exchange;

import org.campaignkit.kit.Kit;

/** The kit with a translator's file applied (not saved) and the report of what changed. */
public record ImportResult(Kit kit, ImportReport report) {
}
