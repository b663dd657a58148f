package org.campaignkit.export.docx;

import java.math.BigInteger;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;

/**
 * One Word style, described in the units people think in (points, #RRGGBB) and written as OOXML.
 * Sizes and bold are set for complex scripts too ({@code w:szCs}, {@code w:bCs}): Word sizes and
 * weights Arabic and Hebrew from those alone.
 */
final class DocxStyle {
    private final CTStyle style;
    private DocxFonts.Families families;
    private boolean bold;
    private boolean italic;
    private boolean underline;
    private String color;
    private double sizePoints;

    private DocxStyle(CTStyle style) {
        this.style = style;
    }

    static DocxStyle paragraph(CTStyle style, String id, String name) {
        return create(style, STStyleType.PARAGRAPH, id, name);
    }

    static DocxStyle character(CTStyle style, String id, String name) {
        return create(style, STStyleType.CHARACTER, id, name);
    }

    private static DocxStyle create(CTStyle style, STStyleType.Enum type, String id, String name) {
        style.setType(type);
        style.setStyleId(id);
        style.addNewName().setVal(name);
        return new DocxStyle(style);
    }

    DocxStyle basedOn(String id) {
        style.addNewBasedOn().setVal(id);
        return this;
    }

    DocxStyle next(String id) {
        style.addNewNext().setVal(id);
        return this;
    }

    /** Shown in Word's style gallery. */
    DocxStyle quick(int priority) {
        style.addNewUiPriority().setVal(BigInteger.valueOf(priority));
        style.addNewQFormat();
        return this;
    }

    DocxStyle isDefault() {
        style.setDefault(Boolean.TRUE);
        return this;
    }

    DocxStyle custom() {
        style.setCustomStyle(Boolean.TRUE);
        return this;
    }

    DocxStyle size(double points) {
        sizePoints = points;
        return writeRunProperties();
    }

    DocxStyle bold() {
        bold = true;
        return writeRunProperties();
    }

    /**
     * Italic for Latin, Greek and Cyrillic only (no w:iCs): slanted Arabic or Chinese is a
     * computer's idea of emphasis, not a typographer's.
     */
    DocxStyle latinItalic() {
        italic = true;
        return writeRunProperties();
    }

    DocxStyle color(String hex) {
        color = hex;
        return writeRunProperties();
    }

    DocxStyle underline() {
        underline = true;
        return writeRunProperties();
    }

    /** The family of each font slot. */
    DocxStyle fonts(DocxFonts.Families families) {
        this.families = families;
        return writeRunProperties();
    }

    /**
     * Run properties are a choice group in POI's schema, so they stay in the order they are added;
     * Word wants the schema's sequence (fonts, b, bCs, i, color, sz, szCs, u), so they are rewritten
     * whole, in that order, on every change.
     */
    private DocxStyle writeRunProperties() {
        if (style.isSetRPr()) {
            style.unsetRPr();
        }
        CTRPr rPr = style.addNewRPr();
        if (families != null) {
            fonts(rPr, families);
        }
        if (bold) {
            rPr.addNewB();
            rPr.addNewBCs();
        }
        if (italic) {
            rPr.addNewI();
        }
        if (color != null) {
            rPr.addNewColor().setVal(rgb(color));
        }
        if (sizePoints > 0) {
            size(rPr, sizePoints);
        }
        if (underline) {
            rPr.addNewU().setVal(STUnderline.SINGLE);
        }
        return this;
    }

    DocxStyle spacing(double beforePoints, double afterPoints) {
        var spacing = pPr().isSetSpacing() ? pPr().getSpacing() : pPr().addNewSpacing();
        spacing.setBefore(twips(beforePoints));
        spacing.setAfter(twips(afterPoints));
        return this;
    }

    /** Line height as a multiple of single spacing. */
    DocxStyle lineHeight(double multiple) {
        var spacing = pPr().isSetSpacing() ? pPr().getSpacing() : pPr().addNewSpacing();
        spacing.setLine(BigInteger.valueOf(Math.round(240 * multiple)));
        spacing.setLineRule(org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule.AUTO);
        return this;
    }

    DocxStyle keepWithNext() {
        pPr().addNewKeepNext();
        pPr().addNewKeepLines();
        return this;
    }

    DocxStyle outlineLevel(int level) {
        pPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level));
        return this;
    }

    DocxStyle centered() {
        pPr().addNewJc().setVal(STJc.CENTER);
        return this;
    }

    /**
     * Indents from the start and end of the line. Word reads w:left and w:right as start and end
     * in a right-to-left paragraph, so an Arabic quote is indented from the right.
     */
    DocxStyle indent(double startPoints, double endPoints, double hangingPoints) {
        var ind = pPr().addNewInd();
        ind.setLeft(twips(startPoints));
        ind.setRight(twips(endPoints));
        if (hangingPoints > 0) {
            ind.setHanging(twips(hangingPoints));
        }
        return this;
    }

    DocxStyle numbering(BigInteger numId) {
        var numPr = pPr().addNewNumPr();
        numPr.addNewIlvl().setVal(BigInteger.ZERO);
        numPr.addNewNumId().setVal(numId);
        return this;
    }

    /** A rule under the paragraph. */
    DocxStyle ruleBelow(String hex, double widthPoints, double gapPoints) {
        border(bdr().addNewBottom(), hex, widthPoints, gapPoints);
        return this;
    }

    /** A rule above the paragraph. */
    DocxStyle ruleAbove(String hex, double widthPoints, double gapPoints) {
        border(bdr().addNewTop(), hex, widthPoints, gapPoints);
        return this;
    }

    /**
     * A bar beside the paragraph on its starting side. Borders, unlike indents, are not mirrored in
     * a right-to-left paragraph: "left" is the page's left, so Arabic gets the right border.
     */
    DocxStyle barAtStart(String hex, double widthPoints, double gapPoints, boolean rightToLeft) {
        bar(bdr(), hex, widthPoints, gapPoints, rightToLeft);
        return this;
    }

    /** A bar on one side of a paragraph and none on the other, which overrides a style's bar. */
    static void bar(CTPBdr bdr, String hex, double widthPoints, double gapPoints, boolean rightSide) {
        CTBorder bar = rightSide ? bdr.addNewRight() : bdr.addNewLeft();
        border(bar, hex, widthPoints, gapPoints);
        (rightSide ? bdr.addNewLeft() : bdr.addNewRight()).setVal(STBorder.NIL);
    }

    static void size(CTRPr rPr, double points) {
        BigInteger halfPoints = BigInteger.valueOf(Math.round(points * 2));
        rPr.addNewSz().setVal(halfPoints);
        rPr.addNewSzCs().setVal(halfPoints);
    }

    static void fonts(CTRPr rPr, DocxFonts.Families families) {
        CTFonts fonts = rPr.addNewRFonts();
        fonts.setAscii(families.latin());
        fonts.setHAnsi(families.latin());
        fonts.setEastAsia(families.eastAsian());
        fonts.setCs(families.complex());
    }

    static BigInteger twips(double points) {
        return BigInteger.valueOf(Math.round(points * 20));
    }

    /** "#4B1D78" → "4B1D78", as OOXML writes colours. */
    static String rgb(String hex) {
        return hex.startsWith("#") ? hex.substring(1) : hex;
    }

    private CTPPrGeneral pPr() {
        return style.isSetPPr() ? style.getPPr() : style.addNewPPr();
    }

    private CTPBdr bdr() {
        return pPr().isSetPBdr() ? pPr().getPBdr() : pPr().addNewPBdr();
    }

    private static void border(CTBorder border, String hex, double widthPoints, double gapPoints) {
        border.setVal(STBorder.SINGLE);
        border.setSz(BigInteger.valueOf(Math.round(widthPoints * 8))); // eighths of a point
        border.setSpace(BigInteger.valueOf(Math.round(gapPoints)));
        border.setColor(rgb(hex));
    }
}
