package org.campaignkit.export.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.campaignkit.export.ExportOptions;
import org.campaignkit.export.pdf.PdfDocumentRenderer;
import org.campaignkit.testing.ExifJpeg;
import org.campaignkit.testing.ExportFixture;
import org.campaignkit.testing.MemorySink;
import org.campaignkit.testing.TestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A logo straight from a phone (EXIF with camera and place) leaves no trace in the documents. */
class LogoMetadataTest {
    @TempDir
    Path dir;

    @Test
    void noExifFromTheLogoReachesDocxOrPdf() throws Exception {
        BufferedImage logo = new BufferedImage(60, 30, BufferedImage.TYPE_INT_RGB);
        TestKit kit = TestKit.create(dir.resolve("kit")).writeBytes("images/logo.jpg", ExifJpeg.of(logo, 1, true))
                .editJson("kit.json", root -> ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("brand"))
                        .put("logo", "images/logo.jpg"));
        ExportOptions options = new ExportOptions(java.util.Map.of("release_date", "2026-12-01"), java.util.Set.of(),
                false, ExportFixture.DATE, null, null, ExportOptions.ImageFormat.PNG);
        try (ExportFixture fixture = ExportFixture.open(kit.folder(), options)) {
            MemorySink sink = new MemorySink();
            new DocumentExporter(List.of(new DocxWriter(), new PdfDocumentRenderer()))
                    .export(fixture.context(), fixture.texts("en"), sink);
            byte[] docx = sink.bytes("en/pr.docx");
            assertThat(unzipped(docx)).doesNotContain(ExifJpeg.CAMERA).contains("word/media/");
            assertThat(new String(sink.bytes("en/pr.pdf"), StandardCharsets.ISO_8859_1)).doesNotContain(ExifJpeg.CAMERA)
                    .contains("/Subtype/Image");
        }
    }

    /** Every entry's name and bytes, as one string to search. */
    private static String unzipped(byte[] zip) throws Exception {
        StringBuilder all = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                all.append(e.getName()).append('\n').append(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
            }
        }
        return all.toString();
    }
}
