package org.campaignkit.export.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.campaignkit.export.ExportContext;
import org.campaignkit.export.office.ReproducibleZip;
import org.campaignkit.export.layout.DocumentLayout;
import org.campaignkit.export.layout.DocumentRenderer;
import org.campaignkit.export.layout.LogoImage;
import org.campaignkit.export.layout.Paragraph;

/**
 * Renders a laid-out document as a Word file (DOCX, with Apache POI): named styles people can
 * restyle, real bullets and hyperlinks, right-to-left and Chinese text marked for Word, page
 * numbers, the logo, no personal metadata, and the same bytes every time for the same input.
 */
public final class DocxWriter implements DocumentRenderer {

    @Override
    public String extension() {
        return "docx";
    }

    @Override
    public void render(DocumentLayout layout, ExportContext context, OutputStream out) throws IOException {
        DocxFonts fonts = new DocxFonts(context.fonts(), layout.language());
        ByteArrayOutputStream poiOutput = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            BigInteger bullets = DocxNumbering.addBullets(document, fonts);
            DocxStyles.define(document, layout, fonts, bullets);
            DocxRuns runs = new DocxRuns(fonts, layout);
            List<Paragraph> paragraphs = layout.paragraphs();
            for (int i = 0; i < paragraphs.size(); i++) {
                Paragraph next = i + 1 < paragraphs.size() ? paragraphs.get(i + 1) : null;
                runs.write(document.createParagraph(), paragraphs.get(i), next);
            }
            new DocxPage(layout, fonts).setUp(document, LogoImage.of(layout, context.files()).orElse(null));
            DocxMetadata.apply(document, layout, context.options().date());
            document.write(poiOutput);
        }
        out.write(ReproducibleZip.rewrite(poiOutput.toByteArray(), context.options().date()));
    }
}
