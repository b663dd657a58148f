package org.campaignkit.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip package (DOCX, XLSX) so the same content always gives the same bytes: libraries
 * stamp every entry with the clock, so each entry gets the export date instead, and entries come
 * in a fixed order ({@code [Content_Types].xml} first, as Office writes it, then by name). The
 * date is written as a local date-time, so the bytes do not depend on the computer's time zone.
 */
public final class ReproducibleZip {
    /** Zip dates start in 1980; an earlier export date is written as this. */
    private static final LocalDateTime EARLIEST = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final String CONTENT_TYPES = "[Content_Types].xml";

    private ReproducibleZip() {
    }

    /** Copies the zip in {@code zip} to {@code out}, every entry dated {@code date} at midnight. */
    public static void rewrite(byte[] zip, LocalDate date, OutputStream out) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        List<String> names = new ArrayList<>(entries.keySet());
        names.sort(Comparator.comparing((String n) -> !n.equals(CONTENT_TYPES)).thenComparing(Comparator.naturalOrder()));
        LocalDateTime time = date == null || date.atStartOfDay().isBefore(EARLIEST) ? EARLIEST : date.atStartOfDay();
        ZipOutputStream zipOut = new ZipOutputStream(out);
        for (String name : names) {
            ZipEntry entry = new ZipEntry(name);
            entry.setTimeLocal(time);
            zipOut.putNextEntry(entry);
            zipOut.write(entries.get(name));
            zipOut.closeEntry();
        }
        zipOut.finish(); // the caller owns and closes the stream
    }
}
