package org.campaignkit.export;

import java.util.List;
import org.campaignkit.export.card.CardExporter;
import org.campaignkit.export.docx.DocumentExporter;
import org.campaignkit.export.docx.DocxWriter;
import org.campaignkit.export.layout.DocumentRenderer;
import org.campaignkit.export.pdf.PdfDocumentRenderer;
import org.campaignkit.export.sheet.MessageSheetDocumentExporter;
import org.campaignkit.export.sheet.SheetExporter;

/** The exporters a full export runs, in the order their files are written. */
public final class StandardExporters {
    private StandardExporters() {
    }

    public static List<Exporter> all() {
        // One layout per document, rendered by both writers.
        List<DocumentRenderer> renderers = List.of(new PdfDocumentRenderer(), new DocxWriter());
        return List.of(new DocumentExporter(renderers), new CardExporter(), new MessageSheetDocumentExporter(renderers),
                new SheetExporter());
    }
}
