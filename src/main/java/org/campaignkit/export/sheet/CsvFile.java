package org.campaignkit.export.sheet;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A CSV file as RFC 4180 describes it: fields separated by commas, records ended by CRLF, a field
 * holding a comma, quote or line break enclosed in double quotes with its quotes doubled. Line
 * breaks inside a post stay as they are, inside the quotes. Every field is guarded against
 * formula injection ({@link FormulaGuard}).
 */
public final class CsvFile {
    /**
     * UTF-8 byte order mark. Excel opens a CSV without one in the computer's legacy code page, which
     * turns Arabic, Chinese and Russian into mojibake; with it, Excel reads UTF-8. LibreOffice, Google
     * Sheets and Hootsuite accept it (guides to Hootsuite's upload say to save as UTF-8 from Excel or
     * Notepad, both of which write this mark).
     */
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String CRLF = "\r\n";

    private final StringBuilder text = new StringBuilder();

    /** Adds one record; null fields are written empty. */
    public CsvFile record(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(field(fields.get(i)));
        }
        text.append(CRLF);
        return this;
    }

    /** The file: BOM, then the records in UTF-8. */
    public byte[] bytes() {
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(body, 0, all, BOM.length, body.length);
        return all;
    }

    /** One field, guarded and quoted when it must be (a guarded field is quoted too, as OWASP advises). */
    static String field(String value) {
        String plain = value == null ? "" : value;
        String safe = FormulaGuard.neutralise(plain);
        boolean quote = !safe.equals(plain) || safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
