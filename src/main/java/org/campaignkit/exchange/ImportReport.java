package org.campaignkit.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.campaignkit.kit.Status;

/**
 * What an import did: the language, each string it changed, how many it left as they were, the
 * units it refused and why, the ids the kit does not have, and how many strings of each status the
 * file's translations now have.
 */
public record ImportReport(String file, ExchangeFormat format, String language, List<Change> changes, int unchanged,
        int empty, int absent, List<Refusal> refused, List<String> unknownIds, Map<Status, Integer> counts) {

    public ImportReport {
        changes = List.copyOf(changes);
        refused = List.copyOf(refused);
        unknownIds = List.copyOf(unknownIds);
        counts = Map.copyOf(counts);
    }

    /** A string the import changed: its status before (null when it had no translation) and after. */
    public record Change(String key, Status before, Status after, boolean textChanged) {
    }

    /** A unit not applied, and why, naming where it is in the file. */
    public record Refusal(String key, String message) {
    }

    public boolean hasRefusals() {
        return !refused.isEmpty();
    }

    /** The report as lines a person reads: counts, every change, every refusal, unknown ids. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(format.title() + " " + file + " into " + language + ": " + changes.size() + " changed, " + unchanged
                + " unchanged, " + empty + " without a translation (left as they were), " + absent
                + " not in the file (left as they were).");
        List<String> byStatus = new ArrayList<>();
        for (Status s : Status.values()) {
            if (counts.getOrDefault(s, 0) > 0) {
                byStatus.add(counts.get(s) + " " + s.word());
            }
        }
        if (!byStatus.isEmpty()) {
            lines.add("Translations in the file now: " + String.join(", ", byStatus) + ".");
        }
        for (Change c : changes) {
            String what = c.before() == null ? "new translation (" + c.after().word() + ")"
                    : (c.textChanged() ? "text changed, " : "") + c.before().word() + " -> " + c.after().word();
            lines.add("  changed " + c.key() + ": " + what);
        }
        for (Refusal r : refused) {
            lines.add("  refused " + r.message());
        }
        for (String id : unknownIds) {
            lines.add("  unknown " + id);
        }
        return lines;
    }
}
