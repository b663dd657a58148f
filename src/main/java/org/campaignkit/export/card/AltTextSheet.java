package org.campaignkit.export.card;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The alt text of a language's cards as a plain text file, for the person posting them: each
 * card's id, its image files, and its description alone on its own line, so a triple click
 * selects exactly what goes into a platform's "alt text" field. CRLF line ends, so the file
 * reads right in every editor, Windows Notepad included.
 */
final class AltTextSheet {
    private static final String NEWLINE = "\r\n";

    private AltTextSheet() {
    }

    /** One card: its id, the names of its image files, and its description (null when the kit has none). */
    record Entry(String cardId, List<String> files, String alt) {
        Entry {
            files = List.copyOf(files);
        }
    }

    static byte[] write(String language, List<Entry> entries) {
        StringBuilder out = new StringBuilder();
        line(out, "Image descriptions (alt text) for the cards in " + language + ".");
        line(out, "When you post a card, paste its description into the platform's \"alt text\" or"
                + " \"image description\" field.");
        line(out, "People who use screen readers hear it instead of seeing the picture.");
        for (Entry entry : entries) {
            line(out, "");
            line(out, "Card: " + entry.cardId());
            line(out, "Files: " + String.join(", ", entry.files()));
            line(out, "Alt text:");
            line(out, entry.alt() == null || entry.alt().isBlank()
                    ? "(none yet: give this card an \"alt\" text in kit.json)"
                    : oneLine(entry.alt()));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A description is one paragraph for a platform's field: line breaks become spaces. */
    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static void line(StringBuilder out, String text) {
        out.append(text).append(NEWLINE);
    }
}
