package org.campaignkit.exchange;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.campaignkit.kit.Status;

/**
 * Reads a gettext PO file (UTF-8) as Weblate, Crowdin, Poedit or we write it: msgctxt is the key,
 * {@code #, fuzzy} makes a draft, obsolete entries ({@code #~}) and comments are skipped, plural
 * entries are reported (kits have no plurals), CRLF line ends and a byte order mark are accepted.
 */
final class PoReader {
    private final String file;
    private final List<ImportedUnit> units = new ArrayList<>();
    private String language;
    private String sourceLanguage;

    // the entry being read
    private boolean fuzzy;
    private String context;
    private StringBuilder id;
    private StringBuilder str;
    private StringBuilder current;
    private boolean plural;
    private int entryLine;

    private PoReader(String file) {
        this.file = file;
    }

    static Status status(boolean fuzzy) {
        return fuzzy ? Status.DRAFT : Status.TRANSLATED;
    }

    static ImportedFile read(byte[] bytes, String name) throws ExchangeException {
        PoReader reader = new PoReader(name);
        reader.parse(decode(bytes, name));
        return new ImportedFile(name, ExchangeFormat.PO, reader.sourceLanguage, reader.language, reader.units);
    }

    private static String decode(byte[] bytes, String name) throws ExchangeException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ExchangeException(name + ": the PO file is not UTF-8; save it as UTF-8 and import it again.");
        }
    }

    private void parse(String text) throws ExchangeException {
        String[] lines = text.split("\r?\n", -1);
        reset();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (line.isEmpty()) {
                finish();
            } else if (line.startsWith("#")) {
                if (id != null && str != null) {
                    finish(); // a comment after msgstr starts the next entry
                }
                if (line.startsWith("#,") && line.substring(2).replace(" ", "").matches("(.*,)?fuzzy(,.*)?")) {
                    fuzzy = true;
                }
            } else if (line.startsWith("\"")) {
                if (current == null) {
                    throw problem(number, "a string continues nothing (it should follow msgctxt, msgid or msgstr).");
                }
                current.append(unquote(line, number));
            } else {
                keyword(line, number);
            }
        }
        finish();
    }

    private void keyword(String line, int number) throws ExchangeException {
        int space = line.indexOf(' ');
        String keyword = space < 0 ? line : line.substring(0, space);
        String value = space < 0 ? "" : unquote(line.substring(space + 1).strip(), number);
        if (keyword.equals("msgctxt")) {
            if (id != null && str != null) {
                finish();
            }
            entryLine = number;
            current = new StringBuilder(value);
            context = null;
            contextBuilder = current;
        } else if (keyword.equals("msgid")) {
            if (id != null && str != null) {
                finish();
            }
            if (contextBuilder == null) {
                entryLine = number;
            }
            id = new StringBuilder(value);
            current = id;
        } else if (keyword.equals("msgid_plural")) {
            plural = true;
            current = new StringBuilder();
        } else if (keyword.equals("msgstr") || keyword.equals("msgstr[0]")) {
            str = new StringBuilder(value);
            current = str;
        } else if (keyword.startsWith("msgstr[")) {
            current = new StringBuilder();
        } else {
            throw problem(number, "\"" + keyword + "\" is not a PO keyword (msgctxt, msgid, msgstr).");
        }
    }

    private StringBuilder contextBuilder;

    private void finish() throws ExchangeException {
        if (id != null) {
            if (contextBuilder != null) {
                context = contextBuilder.toString();
            }
            if (units.size() >= ExchangeLimits.MAX_UNITS) {
                throw problem(entryLine, "more than " + ExchangeLimits.MAX_UNITS + " entries; a kit never has that many strings.");
            }
            if (context == null && id.length() == 0) {
                header(str == null ? "" : str.toString());
            } else {
                String key = context != null ? context : id.toString();
                String where = "line " + entryLine + ", msgctxt \"" + key + "\"";
                String target = str == null || str.length() == 0 || plural ? null : str.toString();
                units.add(new ImportedUnit(key, target, status(fuzzy), plural ? where + " (a plural entry; kits have none)" : where));
            }
        }
        reset();
    }

    private void header(String header) {
        for (String line : header.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                String name = line.substring(0, colon).strip();
                String value = line.substring(colon + 1).strip();
                if (name.equalsIgnoreCase("Language") && !value.isEmpty()) {
                    language = value;
                } else if (name.equalsIgnoreCase("X-Source-Language") && !value.isEmpty()) {
                    sourceLanguage = value;
                }
            }
        }
    }

    private void reset() {
        fuzzy = false;
        context = null;
        contextBuilder = null;
        id = null;
        str = null;
        current = null;
        plural = false;
    }

    private String unquote(String quoted, int number) throws ExchangeException {
        if (quoted.length() < 2 || !quoted.startsWith("\"") || !quoted.endsWith("\"")) {
            throw problem(number, "a string must be in double quotes.");
        }
        String s = quoted.substring(1, quoted.length() - 1);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                throw problem(number, "a double quote inside a string must be written \\\".");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i >= s.length()) {
                throw problem(number, "a string ends with a lone backslash.");
            }
            char e = s.charAt(i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case '\\', '"', '\'', '?' -> out.append(e);
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'v' -> out.append('\u000B');
                default -> {
                    if (e >= '0' && e <= '7') {
                        int end = i;
                        while (end < s.length() && end < i + 3 && s.charAt(end) >= '0' && s.charAt(end) <= '7') {
                            end++;
                        }
                        out.append((char) Integer.parseInt(s.substring(i, end), 8));
                        i = end - 1;
                    } else {
                        throw problem(number, "\\" + e + " is not an escape PO knows.");
                    }
                }
            }
        }
        return out.toString();
    }

    private ExchangeException problem(int line, String message) {
        return new ExchangeException(file + ", line " + line + ": " + message);
    }
}
