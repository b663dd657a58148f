package org.campaignkit.export.docx;

import java.net.URI;
import java.net.URISyntaxException;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.campaignkit.export.layout.Alignment;
import org.campaignkit.export.layout.DocumentLayout;
import org.campaignkit.export.layout.Paragraph;
import org.campaignkit.export.layout.ParagraphStyle;
import org.campaignkit.export.layout.Span;
import org.campaignkit.text.TextDirection;
import org.campaignkit.text.fonts.FontRole;
import org.campaignkit.text.fonts.FontRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;

/**
 * Writes one laid-out paragraph as WordprocessingML: its style, direction and alignment, then its
 * spans as runs, one per font face the FontBook chose, each carrying its language, its direction
 * and, where the face differs from the style's, its font. POI has no setters for w:bidi, w:rtl or
 * w:lang slots, so this works on the OOXML beans directly.
 */
final class DocxRuns {
    /** Space after a list, as after a paragraph; between its items there is less. */
    private static final double AFTER_LIST = 8;

    private final DocxFonts fonts;
    private final DocumentLayout layout;

    DocxRuns(DocxFonts fonts, DocumentLayout layout) {
        this.fonts = fonts;
        this.layout = layout;
    }

    /**
     * Writes a paragraph. What follows it ({@code next}, null at the end) decides two things a
     * style cannot: the last item of a list gets the space a paragraph has after it, and the
     * paragraph before a letter's closing stays on its page, so a signature never stands alone.
     */
    void write(XWPFParagraph target, Paragraph paragraph, Paragraph next) {
        CTP p = target.getCTP();
        CTPPr pPr = p.isSetPPr() ? p.getPPr() : p.addNewPPr();
        pPr.addNewPStyle().setVal(DocxStyles.idOf(paragraph.style()));
        ParagraphStyle nextStyle = next == null ? null : next.style();
        if (nextStyle == ParagraphStyle.CLOSING) {
            pPr.addNewKeepNext();
        }
        if (paragraph.style() == ParagraphStyle.QUOTE && paragraph.direction() != layout.direction()) {
            // The style's bar is on the document's starting side; this quote starts on the other.
            DocxStyle.bar(pPr.addNewPBdr(), layout.accentColor(), DocxStyles.QUOTE_BAR_WIDTH, DocxStyles.QUOTE_BAR_GAP,
                    paragraph.direction() == TextDirection.RTL);
        }
        if (paragraph.style() == ParagraphStyle.LIST_BULLET && nextStyle != ParagraphStyle.LIST_BULLET) {
            pPr.addNewSpacing().setAfter(DocxStyle.twips(AFTER_LIST));
        }
        direction(pPr, paragraph.direction(), paragraph.alignment());
        FontRole role = paragraph.style().fontRole();
        for (Span span : paragraph.spans()) {
            CTHyperlink link = span.link() == null ? null : hyperlink(target, span.link());
            for (FontRun run : fonts.runs(span.text(), role, span.bold(), span.italic())) {
                CTR r = link != null ? link.addNewR() : p.addNewR();
                properties(r.addNewRPr(), run.text(), run.face().family(), role, span, link != null);
                text(r, run.text());
            }
        }
    }

    /** w:bidi for a right-to-left paragraph; w:jc only where the layout moves it off its start. */
    static void direction(CTPPr pPr, TextDirection direction, Alignment alignment) {
        if (direction == TextDirection.RTL) {
            pPr.addNewBidi();
        }
        // Word reads "left" and "right" as start and end in a w:bidi paragraph, so END is always "right".
        if (alignment == Alignment.CENTER) {
            pPr.addNewJc().setVal(STJc.CENTER);
        } else if (alignment == Alignment.END) {
            pPr.addNewJc().setVal(STJc.RIGHT);
        }
    }

    /** The document's language in the attribute of its slot (w:val, w:eastAsia or w:bidi). */
    static void setLanguage(CTLanguage lang, DocxFonts fonts) {
        String tag = fonts.wordLanguage();
        switch (fonts.languageSlot()) {
            case LATIN -> lang.setVal(tag);
            case EAST_ASIAN -> lang.setEastAsia(tag);
            case COMPLEX -> lang.setBidi(tag);
        }
    }

    /** Run properties in the order the schema wants them: style, fonts, bold, italic, direction, language. */
    private void properties(CTRPr rPr, String text, String family, FontRole role, Span span, boolean link) {
        if (link) {
            rPr.addNewRStyle().setVal(DocxStyles.HYPERLINK);
        }
        DocxFonts.Slot slot = DocxFonts.slotOf(text);
        boolean otherFace = !family.equals(fonts.families(role).of(slot));
        if (otherFace || slot == DocxFonts.Slot.EAST_ASIAN) {
            CTFonts rFonts = rPr.addNewRFonts();
            if (slot == DocxFonts.Slot.EAST_ASIAN) {
                rFonts.setHint(STHint.EAST_ASIA); // quotes and dashes in Chinese text take the Chinese font
            }
            if (otherFace) {
                // The FontBook drew this whole run with one face; every slot names it, so Word does too.
                rFonts.setAscii(family);
                rFonts.setHAnsi(family);
                rFonts.setEastAsia(family);
                rFonts.setCs(family);
            }
        }
        if (span.bold()) {
            rPr.addNewB();
            rPr.addNewBCs();
        }
        if (span.italic()) {
            rPr.addNewI();
            rPr.addNewICs();
        }
        if (DocxFonts.isRightToLeft(text)) {
            rPr.addNewRtl();
        } else if (slot == DocxFonts.Slot.COMPLEX) {
            rPr.addNewCs();
        }
        setLanguage(rPr.addNewLang(), fonts);
    }

    /** Text with its line breaks as w:br; spaces kept. */
    static void text(CTR r, String text) {
        String[] lines = XmlChars.clean(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addNewBr();
            }
            if (!lines[i].isEmpty()) {
                var t = r.addNewT();
                t.setStringValue(lines[i]);
                t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
            }
        }
    }

    /** A real hyperlink (w:hyperlink with an external relationship); null for an address Word could not open. */
    private static CTHyperlink hyperlink(XWPFParagraph target, String url) {
        try {
            new URI(url);
        } catch (URISyntaxException e) {
            return null; // printed as text: better than a file Word refuses
        }
        String id = target.getPart().getPackagePart()
                .addExternalRelationship(url, XWPFRelation.HYPERLINK.getRelation()).getId();
        CTHyperlink link = target.getCTP().addNewHyperlink();
        link.setId(id);
        return link;
    }
}
