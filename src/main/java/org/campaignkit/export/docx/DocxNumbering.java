package org.campaignkit.export.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.campaignkit.text.fonts.FontRole;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Word's real bullets: a numbering definition the List Bullet style points at, so Word keeps them as a list. */
final class DocxNumbering {
    private static final String BULLET = "\u2022";

    private DocxNumbering() {
    }

    /** Adds the bullet list definition; returns the numbering id for the List Bullet style. */
    static BigInteger addBullets(XWPFDocument document, DocxFonts fonts) {
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(BigInteger.ZERO);
        CTLvl level = definition.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(STNumberFormat.BULLET);
        level.addNewPStyle().setVal(DocxStyles.idOf(org.campaignkit.export.layout.ParagraphStyle.LIST_BULLET));
        level.addNewLvlText().setVal(BULLET);
        level.addNewLvlJc().setVal(STJc.LEFT);
        var ind = level.addNewPPr().addNewInd();
        ind.setLeft(DocxStyle.twips(18));
        ind.setHanging(DocxStyle.twips(14));
        // The bullet in the font that has it in this language, so Word does not fall back to Symbol.
        String family = fonts.runs(BULLET, FontRole.BODY, false, false).get(0).face().family();
        DocxStyle.fonts(level.addNewRPr(), new DocxFonts.Families(family, family, family));
        XWPFNumbering numbering = document.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering));
        return numbering.addNum(abstractId);
    }
}
