package org.campaignkit.export.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Image;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.font.GlyphVector;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.campaignkit.export.ExportContext;
import org.campaignkit.export.layout.Alignment;
import org.campaignkit.export.layout.DocumentLayout;
import org.campaignkit.export.layout.DocumentRenderer;
import org.campaignkit.export.layout.LogoImage;
import org.campaignkit.export.layout.PageNumbering;
import org.campaignkit.export.layout.Paragraph;
import org.campaignkit.export.layout.ParagraphStyle;
import org.campaignkit.export.layout.Span;
import org.campaignkit.text.fonts.FontBook;

/**
 * Renders a DocumentLayout to PDF. Text is shaped by Java2D and placed glyph by glyph, so Arabic
 * joins and Devanagari reorders correctly; each line is wrapped in /ActualText holding its words
 * in logical order, so a journalist who copies a quote gets the text as written. Every font is an
 * embedded subset (no standard Helvetica), and nothing personal goes into the file's properties.
 */
public final class PdfDocumentRenderer implements DocumentRenderer {
    private static final float LOGO_HEIGHT = 40;
    private static final float LOGO_GAP = 18;
    private static final float FOOTER_SIZE = 8;

    @Override
    public String extension() {
        return "pdf";
    }

    /** Writes the PDF with the context's font book (the kit's brand fonts first). */
    @Override
    public void render(DocumentLayout layout, ExportContext context, OutputStream out) throws IOException {
        renderLocating(layout, context, out);
    }

    /** Where a paragraph begins: its page (counted from 0) and the top of its first line, in points from the page's top edge. */
    public record Place(int page, float top) {
    }

    /** How many pages a PDF has, and where each of its layout's paragraphs begins. */
    public record PageMap(int pageCount, List<Place> paragraphs) {
        public PageMap {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /** Writes the PDF as {@link #render} does and maps its pages, so a preview can turn to the page of a block. */
    public PageMap renderLocating(DocumentLayout layout, ExportContext context, OutputStream out) throws IOException {
        FontBook fonts = context.fonts();
        Color accent = PdfStyleSheet.color(layout.accentColor(), new Color(0x4B1D78));
        Color ink = PdfStyleSheet.color(layout.inkColor(), new Color(0x111111));
        PdfStyleSheet sheet = new PdfStyleSheet(accent, ink);
        BufferedImage logo = LogoImage.of(layout, context.files()).map(LogoImage::image).orElse(null);
        float reserved = logo == null ? 0 : LOGO_HEIGHT + LOGO_GAP;
        PageLayout pages = new PageComposer(fonts, sheet, layout.language()).compose(layout, reserved);
        PageNumbering numbering = layout.pageNumbering();

        Rectangle size = new Rectangle(layout.page().width(), layout.page().height());
        Document document = new Document(size, 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPdfVersion(PdfWriter.VERSION_1_7);
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle
                    | (layout.direction() == org.campaignkit.text.TextDirection.RTL ? PdfWriter.DirectionR2L : 0));
            document.addTitle(layout.title());
            document.addCreator("Campaign Kit Composer");
            // Screen readers and search pick the language from the catalog's /Lang.
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(layout.language()));
            fixProperties(writer, layout, context);
            document.open();
            PdfFonts pdfFonts = new PdfFonts(fonts);
            LineDrawer drawer = new LineDrawer(writer, pdfFonts);
            for (int i = 0; i < pages.pages.size(); i++) {
                if (i > 0) {
                    writer.setPageEmpty(false);
                    document.newPage();
                }
                PdfContentByte cb = writer.getDirectContent();
                if (i == 0 && logo != null) {
                    drawLogo(cb, logo, layout);
                }
                PageLayout.Page page = pages.pages.get(i);
                for (PageLayout.Bar bar : page.bars) {
                    cb.setColorFill(accent);
                    cb.rectangle(bar.x(), bar.yBottom(), bar.width(), bar.height());
                    cb.fill();
                }
                for (PageLayout.PlacedLine line : page.lines) {
                    drawer.draw(cb, line.line(), line.x(), line.baseline());
                }
                drawFooter(cb, drawer, fonts, layout, sheet, numbering.format(i + 1, pages.pages.size()));
            }
            writer.setPageEmpty(false);
            document.close();
            return new PageMap(pages.pages.size(), pages.paragraphPlaces);
        } catch (DocumentException e) {
            throw new IOException("The PDF could not be written: " + e.getMessage(), e);
        }
    }

    /** Export date for both dates, a file id derived from the content, and no author. */
    private static void fixProperties(PdfWriter writer, DocumentLayout layout, ExportContext context) {
        Calendar date = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        date.clear();
        date.set(context.options().date().getYear(), context.options().date().getMonthValue() - 1,
                context.options().date().getDayOfMonth());
        PdfDictionary info = writer.getInfo();
        info.put(PdfName.CREATIONDATE, new PdfDate(date));
        info.put(PdfName.MODDATE, new PdfDate(date));
        info.put(PdfName.PRODUCER, new PdfString("Campaign Kit Composer", PdfObject.TEXT_UNICODE));
        info.remove(PdfName.AUTHOR);
        byte[] id = digest(layout.toString() + "|" + context.options().date());
        info.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    }

    private static byte[] digest(String text) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.Arrays.copyOf(sha, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void drawLogo(PdfContentByte cb, BufferedImage logo, DocumentLayout layout) throws IOException, DocumentException {
        Image image = Image.getInstance(logo, null);
        float height = LOGO_HEIGHT;
        float width = height * logo.getWidth() / logo.getHeight();
        boolean rtl = layout.direction() == org.campaignkit.text.TextDirection.RTL;
        float x = rtl ? layout.page().width() - DocumentLayout.MARGIN - width : DocumentLayout.MARGIN;
        image.scaleAbsolute(width, height);
        image.setAbsolutePosition(x, layout.page().height() - DocumentLayout.MARGIN - height);
        cb.addImage(image);
    }

    private static void drawFooter(PdfContentByte cb, LineDrawer drawer, FontBook fonts, DocumentLayout layout,
            PdfStyleSheet sheet, String label) {
        TextStyle style = new TextStyle(FOOTER_SIZE, false, false, new Color(0x66, 0x66, 0x66),
                org.campaignkit.text.fonts.FontRole.BODY, 0, 0, 0, 1.2f);
        Paragraph p = new Paragraph(ParagraphStyle.NOTE, layout.direction(), Alignment.CENTER, List.of(Span.plain(label)));
        List<Line> lines = new ParagraphShaper(fonts, layout.language())
                .layout(StyledParagraph.of(p, style, fonts, layout.language(), sheet.accent()), layout.direction(), 400);
        Line line = lines.get(0);
        drawer.draw(cb, line, (layout.page().width() - line.width()) / 2, DocumentLayout.MARGIN / 2 + 4);
    }

    /** Draws shaped lines: fonts, colours, synthetic styles, /ActualText and link annotations. */
    private static final class LineDrawer {
        private static final float ITALIC_SKEW = 0.21f;
        private final PdfWriter writer;
        private final PdfFonts fonts;

        LineDrawer(PdfWriter writer, PdfFonts fonts) {
            this.writer = writer;
            this.fonts = fonts;
        }

        void draw(PdfContentByte cb, Line line, float x, float baseline) {
            if (line.pieces().isEmpty()) {
                return;
            }
            cb.beginText();
            float penX = x;
            for (Piece piece : line.pieces()) {
                drawPiece(cb, piece, penX, baseline);
                penX += piece.advance();
            }
            cb.endText();
            penX = x;
            for (Piece piece : line.pieces()) {
                if (piece.segment().link() != null) {
                    link(cb, piece, penX, baseline);
                }
                penX += piece.advance();
            }
        }

        private void drawPiece(PdfContentByte cb, Piece piece, float x, float baseline) {
            Segment s = piece.segment();
            cb.setFontAndSize(fonts.of(s.face()), s.size());
            cb.setColorFill(s.color());
            if (s.syntheticBold()) {
                cb.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE);
                cb.setLineWidth(s.size() * 0.03f);
                cb.setColorStroke(s.color());
            } else {
                cb.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL);
            }
            float skew = s.syntheticItalic() ? ITALIC_SKEW : 0;
            GlyphVector glyphs = piece.glyphs();
            for (Cluster cluster : piece.clusters()) {
                if (cluster.actualText() != null) {
                    // Shaped forms and ligatures: a reader takes the letters from here, in logical order.
                    PdfDictionary actual = new PdfDictionary();
                    actual.put(PdfName.ACTUALTEXT, new PdfString(cluster.actualText(), PdfObject.TEXT_UNICODE));
                    cb.beginMarkedContentSequence(PdfName.SPAN, actual, true);
                }
                int start = cluster.firstGlyph();
                while (start < cluster.endGlyph()) {
                    // Glyphs whose shaped position is where the font's own advance would put them go in
                    // one string; a mark or kerned glyph starts a new one at its exact position.
                    int end = start + 1;
                    while (end < cluster.endGlyph() && followsNaturally(glyphs, end)) {
                        end++;
                    }
                    Point2D at = glyphs.getGlyphPosition(start);
                    cb.setTextMatrix(1, 0, skew, 1, x + (float) at.getX(), baseline - (float) at.getY());
                    cb.showText(glyphs, start, end);
                    start = end;
                }
                if (cluster.actualText() != null) {
                    cb.endMarkedContentSequence();
                }
            }
        }

        private static boolean followsNaturally(GlyphVector glyphs, int i) {
            Point2D previous = glyphs.getGlyphPosition(i - 1);
            Point2D here = glyphs.getGlyphPosition(i);
            float advance = glyphs.getGlyphMetrics(i - 1).getAdvanceX();
            return Math.abs(here.getY() - previous.getY()) < 0.001 && Math.abs(here.getX() - previous.getX() - advance) < 0.01;
        }

        private void link(PdfContentByte cb, Piece piece, float x, float baseline) {
            Segment s = piece.segment();
            cb.setColorStroke(s.color());
            cb.setLineWidth(0.6f);
            cb.moveTo(x, baseline - s.size() * 0.12f);
            cb.lineTo(x + piece.advance(), baseline - s.size() * 0.12f);
            cb.stroke();
            PdfAnnotation annotation = new PdfAnnotation(writer, x, baseline - s.size() * 0.25f, x + piece.advance(),
                    baseline + s.size() * 0.85f, new PdfAction(s.link()));
            annotation.setBorder(new com.lowagie.text.pdf.PdfBorderArray(0, 0, 0));
            writer.addAnnotation(annotation);
        }
    }
}
