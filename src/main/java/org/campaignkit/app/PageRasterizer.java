package org.campaignkit.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Turns one page of a PDF into pixels with PDFBox, the standard Java PDF library. It reads only
 * the bytes it is given: our PDFs embed every font, so PDFBox never looks for system fonts, and
 * it opens no connection.
 */
final class PageRasterizer {
    /** Pixels per point: sharp on a screen at up to one and a half times the page's printed size. */
    static final float SCALE = 2f;

    private PageRasterizer() {
    }

    /** Page {@code index} (from 0) of a PDF, on white. */
    static BufferedImage page(byte[] pdf, int index) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (index < 0 || index >= document.getNumberOfPages()) {
                throw new IOException("The document has no page " + (index + 1) + ".");
            }
            return new PDFRenderer(document).renderImage(index, SCALE, ImageType.RGB);
        }
    }
}
