package org.campaignkit.exchange;

import org.campaignkit.kit.Status;

/**
 * One unit read from a translator's file: its id (the string key), the target in kit markup (null
 * when the file has none or it is empty), the status its state maps to, and where it is in the file.
 */
public record ImportedUnit(String id, String target, Status status, String where) {
}
