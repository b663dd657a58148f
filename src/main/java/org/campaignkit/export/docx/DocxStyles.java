package org.campaignkit.export.docx;

import java.math.BigInteger;
import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.campaignkit.export.layout.DocumentLayout;
import org.campaignkit.export.layout.ParagraphStyle;
import org.campaignkit.text.TextDirection;
import org.campaignkit.text.fonts.FontRole;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;

/**
 * The named styles of every exported document, defined in the file so people can restyle it in
 * Word or LibreOffice: Word's own Normal, Title, Subtitle, Heading 1, Quote and List Bullet where
 * one fits, and our own ("Release Line", "Dateline", "End Mark", letter parts) for the rest. The
 * brand colour colours titles and headings; fonts sit in the styles, one family per font slot.
 */
final class DocxStyles {
    static final String NORMAL = "Normal";
    static final String HYPERLINK = "Hyperlink";
    static final String HEADER = "Header";
    static final String FOOTER = "Footer";
    private static final String SOFT = "#5A5A5A";
    private static final String RULE = "#BFBFBF";

    private static final Map<ParagraphStyle, String> IDS = new EnumMap<>(Map.ofEntries(
            Map.entry(ParagraphStyle.RELEASE_LINE, "ReleaseLine"),
            Map.entry(ParagraphStyle.TITLE, "Title"),
            Map.entry(ParagraphStyle.SUBTITLE, "Subtitle"),
            Map.entry(ParagraphStyle.DATELINE, "Dateline"),
            Map.entry(ParagraphStyle.HEADING, "Heading1"),
            Map.entry(ParagraphStyle.BODY, NORMAL),
            Map.entry(ParagraphStyle.QUOTE, "Quote"),
            Map.entry(ParagraphStyle.ATTRIBUTION, "Attribution"),
            Map.entry(ParagraphStyle.LIST_BULLET, "ListBullet"),
            Map.entry(ParagraphStyle.CONTACT, "Contact"),
            Map.entry(ParagraphStyle.END_MARK, "EndMark"),
            Map.entry(ParagraphStyle.SENDER, "Sender"),
            Map.entry(ParagraphStyle.DATE, "LetterDate"),
            Map.entry(ParagraphStyle.RECIPIENT, "Recipient"),
            Map.entry(ParagraphStyle.SUBJECT, "Subject"),
            Map.entry(ParagraphStyle.SALUTATION, "Salutation"),
            Map.entry(ParagraphStyle.CLOSING, "Closing"),
            Map.entry(ParagraphStyle.SIGNATURE, "Signature"),
            Map.entry(ParagraphStyle.NOTE, "Note"),
            Map.entry(ParagraphStyle.POST, "Post")));

    /** The quote's bar, for the style and for a quote that runs against the document. */
    static final double QUOTE_BAR_WIDTH = 2.25;
    static final double QUOTE_BAR_GAP = 12;

    private final CTStyles styles = CTStyles.Factory.newInstance();
    private final DocumentLayout layout;
    private final DocxFonts fonts;
    private final double leading;

    private DocxStyles(DocumentLayout layout, DocxFonts fonts) {
        this.layout = layout;
        this.fonts = fonts;
        this.leading = fonts.leadingScale();
    }

    /** The style id a layout style is written with. */
    static String idOf(ParagraphStyle style) {
        return IDS.get(style);
    }

    /** Defines every style in the document; list bullets use numbering {@code bulletNumId}. */
    static void define(XWPFDocument document, DocumentLayout layout, DocxFonts fonts, BigInteger bulletNumId) {
        DocxStyles s = new DocxStyles(layout, fonts);
        s.defaults();
        s.wordStyles(bulletNumId);
        s.pressReleaseStyles();
        s.letterStyles();
        s.sheetStyles();
        document.createStyles().setStyles(s.styles);
    }

    /** Body text: 11 pt in the ink colour, the language and the fonts of each slot. */
    private void defaults() {
        CTDocDefaults defaults = styles.addNewDocDefaults();
        var rPr = defaults.addNewRPrDefault().addNewRPr();
        DocxStyle.fonts(rPr, fonts.families(FontRole.BODY));
        DocxStyle.size(rPr, 11);
        CTLanguage lang = rPr.addNewLang();
        DocxRuns.setLanguage(lang, fonts);
        var pPr = defaults.addNewPPrDefault().addNewPPr();
        pPr.addNewSpacing().setAfter(DocxStyle.twips(8));
        DocxStyle.paragraph(styles.addNewStyle(), NORMAL, "Normal").isDefault().quick(0).color(layout.inkColor())
                .lineHeight(lines(1.2)).spacing(0, 8);
        DocxStyle.character(styles.addNewStyle(), "DefaultParagraphFont", "Default Paragraph Font").isDefault();
    }

    private void wordStyles(BigInteger bulletNumId) {
        String accent = layout.accentColor();
        boolean latinScript = fonts.languageSlot() == DocxFonts.Slot.LATIN;
        heading(DocxStyle.paragraph(styles.addNewStyle(), idOf(ParagraphStyle.TITLE), "Title").quick(10))
                .size(24).bold().color(accent).lineHeight(lines(1.1)).spacing(0, 6);
        heading(DocxStyle.paragraph(styles.addNewStyle(), idOf(ParagraphStyle.SUBTITLE), "Subtitle").quick(11))
                .size(13.5).color(SOFT).lineHeight(lines(1.15)).spacing(0, 14);
        heading(DocxStyle.paragraph(styles.addNewStyle(), idOf(ParagraphStyle.HEADING), "heading 1").quick(9))
                .size(14).bold().color(accent).spacing(16, 6).outlineLevel(0);
        DocxStyle quote = body(idOf(ParagraphStyle.QUOTE), "Quote").quick(29).size(12).indent(18, 18, 0)
                .barAtStart(accent, QUOTE_BAR_WIDTH, QUOTE_BAR_GAP, layout.direction() == TextDirection.RTL)
                .spacing(6, 4).lineHeight(lines(1.25));
        if (latinScript) {
            quote.latinItalic();
        }
        body(idOf(ParagraphStyle.ATTRIBUTION), "Attribution").custom().size(10).color(SOFT).indent(18, 18, 0)
                .spacing(0, 14);
        body(idOf(ParagraphStyle.LIST_BULLET), "List Bullet").quick(34).numbering(bulletNumId).indent(18, 0, 14)
                .spacing(0, 4);
        DocxStyle.character(styles.addNewStyle(), HYPERLINK, "Hyperlink").basedOn("DefaultParagraphFont")
                .color("#0563C1").underline();
        body(HEADER, "header").size(9);
        body(FOOTER, "footer").size(9).color(SOFT).centered().spacing(0, 0);
    }

    private void pressReleaseStyles() {
        String accent = layout.accentColor();
        body(idOf(ParagraphStyle.RELEASE_LINE), "Release Line").custom().quick(1).size(9.5).bold().color(accent)
                .spacing(0, 24).ruleBelow(accent, 0.75, 4);
        body(idOf(ParagraphStyle.DATELINE), "Dateline").custom().quick(12).size(10).bold().color(SOFT).spacing(0, 10);
        body(idOf(ParagraphStyle.CONTACT), "Contact").custom().size(10).spacing(18, 0).ruleAbove(RULE, 0.5, 8);
        body(idOf(ParagraphStyle.END_MARK), "End Mark").custom().bold().centered().spacing(24, 0);
    }

    private void letterStyles() {
        body(idOf(ParagraphStyle.SENDER), "Sender").custom().size(10).spacing(0, 18);
        body(idOf(ParagraphStyle.DATE), "Letter Date").custom().spacing(0, 18);
        body(idOf(ParagraphStyle.RECIPIENT), "Recipient").custom().spacing(0, 18);
        body(idOf(ParagraphStyle.SUBJECT), "Subject").custom().bold().spacing(0, 12);
        body(idOf(ParagraphStyle.SALUTATION), "Salutation").custom().spacing(0, 10);
        // Room for a handwritten signature, and never a page between the closing and the name.
        body(idOf(ParagraphStyle.CLOSING), "Closing").custom().spacing(12, 30).keepWithNext();
        body(idOf(ParagraphStyle.SIGNATURE), "Signature").spacing(0, 0);
    }

    /** Styles the message sheets use when they are written as documents. */
    private void sheetStyles() {
        body(idOf(ParagraphStyle.NOTE), "Note").custom().size(9).color(SOFT).spacing(0, 6);
        body(idOf(ParagraphStyle.POST), "Post").custom().spacing(0, 12).lineHeight(lines(1.25));
    }

    /**
     * A line height for the language's font: tightened for tall faces, but never below single
     * spacing, where LibreOffice starts to space lines unevenly by the fonts each line holds.
     */
    private double lines(double multiple) {
        return Math.max(1.0, multiple * leading);
    }

    private DocxStyle body(String id, String name) {
        return DocxStyle.paragraph(styles.addNewStyle(), id, name).basedOn(NORMAL).next(NORMAL);
    }

    /** Heading styles keep with what follows and use the brand's heading font where it has one. */
    private DocxStyle heading(DocxStyle style) {
        style.basedOn(NORMAL).next(NORMAL).keepWithNext();
        DocxFonts.Families heading = fonts.families(FontRole.HEADING);
        if (!heading.equals(fonts.families(FontRole.BODY))) {
            style.fonts(heading);
        }
        return style;
    }
}
