package org.campaignkit.export.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads our PDFs back with PDFBox: text, fonts and the /ActualText spans. */
final class PdfReading {
    private PdfReading() {
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** Every font on every page: name and whether it is embedded. */
    static List<PDFont> fonts(byte[] pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
        }
        return fonts;
    }

    /** The /ActualText of each marked-content span, in content order. */
    static List<String> actualTexts(byte[] pdf) throws IOException {
        List<String> texts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                List<Object> tokens = new PDFStreamParser(page).parse();
                for (int i = 0; i < tokens.size(); i++) {
                    if (tokens.get(i) instanceof Operator op && op.getName().equals("BDC")
                            && tokens.get(i - 1) instanceof COSDictionary props) {
                        COSBase actual = props.getDictionaryObject(COSName.ACTUAL_TEXT);
                        if (actual instanceof org.apache.pdfbox.cos.COSString s) {
                            texts.add(s.getString());
                        }
                    }
                }
            }
        }
        return texts;
    }

    static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }
}
