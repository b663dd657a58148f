package org.campaignkit.exchange;

import org.campaignkit.kit.Entry;
import org.campaignkit.kit.Status;

/** Where a string stands for a translator; each format writes it in its own words. */
public enum UnitState {
    /** No translation yet (missing, or still the source copied in when the language was added). */
    UNTRANSLATED,
    /** A translation marked draft. */
    DRAFT,
    /** Translated from a source text that has changed since: to be reviewed against the new source. */
    STALE,
    TRANSLATED,
    REVIEWED;

    /** The state of a language's entry (null when missing) against the current source text. */
    static UnitState of(Entry entry, String source) {
        if (entry == null || isUntranslated(entry, source)) {
            return UNTRANSLATED;
        }
        if (entry.isStaleAgainst(source)) {
            return STALE;
        }
        return switch (entry.effectiveStatus()) {
            case DRAFT -> DRAFT;
            case TRANSLATED -> TRANSLATED;
            case REVIEWED -> REVIEWED;
        };
    }

    /**
     * A draft that is still a copy of the source, the current one or the one it was copied from
     * (a copy stays a copy when the source changes later).
     */
    static boolean isUntranslated(Entry entry, String source) {
        return entry.isUntranslatedCopy(source) || entry.status() == Status.DRAFT && entry.text().equals(entry.source());
    }
}
