package org.campaignkit.export.office;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip package (XLSX, DOCX) so the same content always gives the same bytes. Apache POI
 * stamps every entry with the clock's time; here every entry gets the export date at midnight, the
 * entries are written in a fixed order, and nothing else (comments, extra fields) is carried over.
 */
public final class ReproducibleZip {
    private static final LocalDateTime EARLIEST = LocalDateTime.of(1980, 1, 1, 0, 0);
    /** OPC readers expect the content types first; the rest follow by name. */
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final Comparator<String> ORDER = Comparator
            .comparing((String name) -> !name.equals(CONTENT_TYPES))
            .thenComparing(Comparator.naturalOrder());

    private ReproducibleZip() {
    }

    public static byte[] rewrite(byte[] zip, LocalDate date) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>(ORDER);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory() && entries.put(entry.getName(), in.readAllBytes()) != null) {
                    throw new IOException("The package holds " + entry.getName() + " twice.");
                }
            }
        }
        // Local time, not an instant: a zip stores wall-clock time, so this does not depend on the time zone.
        // Zip dates start in 1980; an earlier export date is written as the earliest one.
        LocalDateTime stamp = date.atStartOfDay().isBefore(EARLIEST) ? EARLIEST : date.atStartOfDay();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length);
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (var e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTimeLocal(stamp);
                out.putNextEntry(entry);
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
