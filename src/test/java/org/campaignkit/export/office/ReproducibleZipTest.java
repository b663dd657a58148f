package org.campaignkit.export.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ReproducibleZipTest {
    private static final LocalDate DATE = LocalDate.of(2026, 12, 1);

    @Test
    void givesEveryEntryTheExportDateAndAFixedOrder() throws IOException {
        byte[] zip = zip(LocalDateTime.of(2031, 5, 6, 7, 8, 10), "xl/workbook.xml", "_rels/.rels", "[Content_Types].xml",
                "docProps/core.xml");
        byte[] rewritten = ReproducibleZip.rewrite(zip, DATE);

        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(rewritten))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                assertThat(e.getTimeLocal()).isEqualTo(DATE.atStartOfDay());
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("content of " + e.getName());
            }
        }
        assertThat(names).containsExactly("[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "xl/workbook.xml");
    }

    @Test
    void packagesThatDifferOnlyInTimeAndOrderBecomeIdentical() throws IOException {
        byte[] a = zip(LocalDateTime.of(2030, 1, 1, 10, 0), "b.xml", "a.xml");
        byte[] b = zip(LocalDateTime.of(2032, 2, 2, 12, 30), "a.xml", "b.xml");
        assertThat(a).isNotEqualTo(b);
        assertThat(ReproducibleZip.rewrite(a, DATE)).isEqualTo(ReproducibleZip.rewrite(b, DATE));
    }

    private static byte[] zip(LocalDateTime time, String... names) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String name : names) {
            entries.put(name, "content of " + name);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (var e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTimeLocal(time);
                out.putNextEntry(entry);
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
