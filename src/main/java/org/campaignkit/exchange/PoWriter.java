package org.campaignkit.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a gettext PO file for Weblate and other PO tools: msgctxt is the key, msgid the source,
 * msgstr the translation; context, note, limit and glossary as extracted comments; drafts and
 * stale translations fuzzy, stale ones with the previous source as {@code #| msgid}. The header
 * carries no date and no person: the same kit gives the same bytes.
 */
final class PoWriter {
    private PoWriter() {
    }

    static boolean isFuzzy(UnitState state) {
        return state == UnitState.DRAFT || state == UnitState.STALE;
    }

    static void write(ExchangeDocument doc, OutputStream out) throws IOException {
        StringBuilder po = new StringBuilder();
        comment(po, "# ", ExchangeNotes.about(doc));
        po.append("msgid \"\"\nmsgstr \"\"\n");
        for (String header : new String[] {"Project-Id-Version: " + doc.kitId() + " " + doc.kitVersion(),
                "Language: " + doc.targetLanguage(), "MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8",
                "Content-Transfer-Encoding: 8bit", "X-Source-Language: " + doc.sourceLanguage()}) {
            po.append('"').append(escape(header + "\n")).append("\"\n");
        }
        for (ExchangeUnit unit : doc.units()) {
            po.append('\n');
            for (ExchangeNotes.Note note : ExchangeNotes.of(unit)) {
                if (!note.category().equals("previous-source")) {
                    comment(po, "#. ", (note.category().equals("translator") ? "Note: " : "") + note.text());
                }
            }
            for (GlossaryMatch m : unit.glossary()) {
                String translation = m.doNotTranslate() ? m.term() : m.translation();
                String definition = ExchangeNotes.glossaryDefinition(m);
                comment(po, "#. ", "Glossary: " + m.term() + (translation != null ? " = " + translation : "")
                        + (definition != null ? ". " + definition : ""));
            }
            if (isFuzzy(unit.state())) {
                po.append("#, fuzzy\n");
            }
            if (unit.previousSource() != null) {
                field(po, "#| ", "msgid", unit.previousSource());
            }
            field(po, "", "msgctxt", unit.key());
            field(po, "", "msgid", unit.source());
            field(po, "", "msgstr", unit.target() == null ? "" : unit.target());
        }
        out.write(po.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A keyword and its string; a string with line breaks is written one line per line, as gettext does. */
    private static void field(StringBuilder po, String prefix, String keyword, String value) {
        int firstBreak = value.indexOf('\n');
        if (firstBreak < 0 || firstBreak == value.length() - 1) {
            po.append(prefix).append(keyword).append(" \"").append(escape(value)).append("\"\n");
            return;
        }
        po.append(prefix).append(keyword).append(" \"\"\n");
        int at = 0;
        while (at < value.length()) {
            int end = value.indexOf('\n', at);
            end = end < 0 ? value.length() : end + 1;
            po.append(prefix).append('"').append(escape(value.substring(at, end))).append("\"\n");
            at = end;
        }
    }

    private static void comment(StringBuilder po, String prefix, String text) {
        for (String line : text.split("\n", -1)) {
            po.append(prefix).append(line.replace("\r", "")).append('\n');
        }
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        out.append(String.format("\\%03o", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
