package org.campaignkit.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A strict little RFC 4180 reader for tests: records end in CRLF, a field is quoted or contains no
 * quote, comma or line break, quotes inside a quoted field are doubled. Anything else fails.
 */
public final class Rfc4180 {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Rfc4180() {
    }

    /** Reads a file that must start with the UTF-8 byte order mark. */
    public static List<List<String>> parseWithBom(byte[] bytes) {
        if (bytes.length < 3 || !Arrays.equals(Arrays.copyOf(bytes, 3), BOM)) {
            throw new AssertionError("the file does not start with the UTF-8 byte order mark");
        }
        return parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }

    public static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= text.length()) {
                        throw new AssertionError("a quoted field is not closed");
                    }
                    char c = text.charAt(i++);
                    if (c == '"') {
                        if (i < text.length() && text.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
            } else {
                while (i < text.length() && ",\r\n".indexOf(text.charAt(i)) < 0) {
                    if (text.charAt(i) == '"') {
                        throw new AssertionError("a quote inside an unquoted field at " + i);
                    }
                    field.append(text.charAt(i++));
                }
            }
            record.add(field.toString());
            field.setLength(0);
            if (i >= text.length()) {
                throw new AssertionError("the last record does not end with CRLF");
            }
            char end = text.charAt(i);
            if (end == ',') {
                i++;
            } else if (text.startsWith("\r\n", i)) {
                records.add(record);
                record = new ArrayList<>();
                i += 2;
            } else {
                throw new AssertionError("a record ends without CRLF at " + i);
            }
        }
        if (!record.isEmpty()) {
            throw new AssertionError("the last record does not end with CRLF");
        }
        return records;
    }
}
