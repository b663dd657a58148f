package org.campaignkit.exchange;

import java.util.ArrayList;
import java.util.List;

/** The notes every format gives a translator for a unit, worded once. */
final class ExchangeNotes {
    private ExchangeNotes() {
    }

    /** A note and what it is about: context, translator, limit, previous-source. */
    record Note(String category, String text) {
    }

    static List<Note> of(ExchangeUnit unit) {
        List<Note> notes = new ArrayList<>();
        notes.add(new Note("context", unit.context()));
        if (unit.note() != null && !unit.note().isBlank()) {
            notes.add(new Note("translator", unit.note()));
        }
        if (unit.limit() != null) {
            notes.add(new Note("limit", limit(unit.limit())));
        }
        if (unit.previousSource() != null) {
            notes.add(new Note("previous-source", previousSource(unit.previousSource())));
        }
        return notes;
    }

    static String limit(UnitLimit limit) {
        return "At most " + limit.characters() + " characters. " + limit.explanation();
    }

    static String previousSource(String previous) {
        return "Review: the source text changed after this was translated. The translation was made from: " + previous;
    }

    static String about(ExchangeDocument doc) {
        return "Campaign kit \"" + doc.kitId() + "\" version " + doc.kitVersion() + ", " + doc.sourceLanguage() + " to "
                + doc.targetLanguage() + ". Keep every {{placeholder}} and code; bold, italic and links are codes too.";
    }

    /** The definition of a glossary term: do-not-translate first, then the glossary's note. */
    static String glossaryDefinition(GlossaryMatch m) {
        String keep = m.doNotTranslate() ? "Do not translate: keep it as written." : null;
        if (m.note() == null || m.note().isBlank()) {
            return keep;
        }
        return keep == null ? m.note() : keep + " " + m.note();
    }
}
