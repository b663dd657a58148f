package org.campaignkit.export.docx;

import java.time.LocalDate;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.campaignkit.export.layout.DocumentLayout;
import org.campaignkit.export.office.OfficeProperties;

/**
 * The file's properties: its title and language, dated the export date at midnight UTC, and
 * nothing about who made it (see {@link OfficeProperties}).
 */
final class DocxMetadata {
    private DocxMetadata() {
    }

    static void apply(XWPFDocument document, DocumentLayout layout, LocalDate date) {
        OfficeProperties.apply(document, layout.title() == null ? "" : XmlChars.clean(layout.title()), layout.language(), date);
    }
}
