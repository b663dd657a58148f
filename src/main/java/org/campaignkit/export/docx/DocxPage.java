package org.campaignkit.export.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.campaignkit.export.layout.Alignment;
import org.campaignkit.export.layout.DocumentLayout;
import org.campaignkit.export.layout.LogoImage;
import org.campaignkit.export.layout.PageNumbering;
import org.campaignkit.text.TextDirection;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;

/**
 * The page: its size and margins from the layout, the brand logo at the top of the first page,
 * and "Page N of M" in the document's language at the foot of every page, with Word's PAGE and
 * NUMPAGES fields so the numbers stay right after people edit the text.
 */
final class DocxPage {
    /** The logo's box at the top of the first page, in points. */
    private static final float LOGO_HEIGHT = 42f;
    private static final float LOGO_WIDTH = 180f;
    /** Header and footer sit half an inch from the page's edge. */
    private static final double HEADER_DISTANCE = 36;

    private final DocumentLayout layout;
    private final DocxFonts fonts;

    DocxPage(DocumentLayout layout, DocxFonts fonts) {
        this.layout = layout;
        this.fonts = fonts;
    }

    void setUp(XWPFDocument document, LogoImage logo) throws IOException {
        if (logo != null) {
            logoHeader(document, logo);
        }
        // The first page has its own footer once it has its own header (w:titlePg); both number pages.
        pageNumbers(document.createFooter(HeaderFooterType.DEFAULT));
        if (logo != null) {
            pageNumbers(document.createFooter(HeaderFooterType.FIRST));
        }
        CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        var size = section.addNewPgSz();
        size.setW(DocxStyle.twips(layout.page().width()));
        size.setH(DocxStyle.twips(layout.page().height()));
        var margins = section.addNewPgMar();
        BigInteger margin = DocxStyle.twips(DocumentLayout.MARGIN);
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
        margins.setHeader(DocxStyle.twips(HEADER_DISTANCE));
        margins.setFooter(DocxStyle.twips(HEADER_DISTANCE));
        margins.setGutter(BigInteger.ZERO);
        if (layout.direction() == TextDirection.RTL) {
            section.addNewBidi();
        }
    }

    /** The logo on the first page only, at the start of the line (the right in Arabic). */
    private void logoHeader(XWPFDocument document, LogoImage logo) throws IOException {
        XWPFHeaderFooter header = document.createHeader(HeaderFooterType.FIRST);
        XWPFParagraph paragraph = firstParagraph(header);
        CTPPr pPr = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
        pPr.addNewPStyle().setVal(DocxStyles.HEADER);
        DocxRuns.direction(pPr, layout.direction(), Alignment.START);
        float[] box = logo.fit(LOGO_WIDTH, LOGO_HEIGHT);
        PictureType type = PictureType.PNG;
        XWPFRun run = paragraph.createRun();
        try {
            run.addPicture(new ByteArrayInputStream(logo.png()), type, "logo", Units.toEMU(box[0]), Units.toEMU(box[1]));
        } catch (InvalidFormatException e) {
            throw new IOException("The logo could not be put into the document", e);
        }
        // Word wants drawing ids from 1; the logo is decoration, so it has no file name for a screen reader to read out.
        CTNonVisualDrawingProps drawing = run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
        drawing.setId(1);
        drawing.setName("Logo");
        drawing.unsetDescr();
    }

    private void pageNumbers(XWPFHeaderFooter footer) {
        XWPFParagraph paragraph = firstParagraph(footer);
        CTP p = paragraph.getCTP();
        CTPPr pPr = p.isSetPPr() ? p.getPPr() : p.addNewPPr();
        pPr.addNewPStyle().setVal(DocxStyles.FOOTER);
        DocxRuns.direction(pPr, layout.direction(), Alignment.CENTER);
        PageNumbering words = layout.pageNumbering();
        words(p, words.beforePage());
        field(p, "PAGE", "1");
        words(p, words.betweenPageAndCount());
        field(p, "NUMPAGES", "1");
        words(p, words.afterCount());
    }

    private void words(CTP p, String text) {
        if (!text.isEmpty()) {
            CTR r = p.addNewR();
            var rPr = r.addNewRPr();
            if (DocxFonts.isRightToLeft(text)) {
                rPr.addNewRtl();
            }
            DocxRuns.setLanguage(rPr.addNewLang(), fonts);
            DocxRuns.text(r, text);
        }
    }

    /** A field Word and LibreOffice compute when they lay out the page; the result shown before that is 1. */
    private static void field(CTP p, String instruction, String placeholder) {
        CTSimpleField field = p.addNewFldSimple();
        field.setInstr(" " + instruction + " ");
        DocxRuns.text(field.addNewR(), placeholder);
    }

    private static XWPFParagraph firstParagraph(XWPFHeaderFooter part) {
        return part.getParagraphs().isEmpty() ? part.createParagraph() : part.getParagraphs().get(0);
    }
}
