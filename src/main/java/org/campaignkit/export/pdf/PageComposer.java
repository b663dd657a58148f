package org.campaignkit.export.pdf;

import java.awt.Color;
import java.util.List;
import org.campaignkit.export.layout.Alignment;
import org.campaignkit.export.layout.DocumentLayout;
import org.campaignkit.export.layout.Paragraph;
import org.campaignkit.export.layout.ParagraphStyle;
import org.campaignkit.export.layout.Span;
import org.campaignkit.text.TextDirection;
import org.campaignkit.text.fonts.FontBook;

/**
 * Places every paragraph's lines on pages: spacing from the style sheet, headings kept with what
 * follows, bullets and quote bars on the paragraph's start side (the right, for Arabic). Knowing
 * every page before drawing is what lets the footer say "page 2 of 3".
 */
final class PageComposer {
    /** The same margin the DOCX writer gives, so both files break lines alike. */
    static final float MARGIN = DocumentLayout.MARGIN;
    static final float FOOTER_SPACE = 28;
    private static final float BULLET_GAP = 12;

    private final FontBook fonts;
    private final PdfStyleSheet sheet;
    private final ParagraphShaper shaper;
    private final String language;

    PageComposer(FontBook fonts, PdfStyleSheet sheet, String language) {
        this.fonts = fonts;
        this.sheet = sheet;
        this.language = language;
        this.shaper = new ParagraphShaper(fonts, language);
    }

    PageLayout compose(DocumentLayout doc, float firstPageReserved) {
        float width = doc.page().width();
        float top = doc.page().height() - MARGIN;
        float bottom = MARGIN + FOOTER_SPACE;
        float contentWidth = width - 2 * MARGIN;
        PageLayout layout = new PageLayout();
        PageLayout.Page page = layout.newPage();
        float y = top - firstPageReserved;
        boolean atTop = true;
        List<Paragraph> paragraphs = doc.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            TextStyle style = sheet.style(p.style());
            StyledParagraph styled = StyledParagraph.of(p, style, fonts, language, sheet.accent());
            List<Line> lines = shaper.layout(styled, p.direction(), contentWidth - style.indentStart());
            float needed = style.spaceBefore() + Math.min(lines.size(), 2) * style.lineHeight();
            if (keepsWithNext(p.style()) && i + 1 < paragraphs.size()) {
                needed += 2 * sheet.style(paragraphs.get(i + 1).style()).lineHeight();
            }
            if (!atTop && y - needed < bottom) {
                page = layout.newPage();
                y = top;
                atTop = true;
            }
            if (!atTop) {
                y -= style.spaceBefore();
            }
            float barTop = y;
            for (int l = 0; l < lines.size(); l++) {
                if (y - style.lineHeight() < bottom) {
                    addQuoteBar(p, page, barTop, y, width, style);
                    page = layout.newPage();
                    y = top;
                    barTop = y;
                }
                if (l == 0) {
                    layout.paragraphPlaces.add(new PdfDocumentRenderer.Place(layout.pages.size() - 1, doc.page().height() - y));
                }
                y -= style.lineHeight();
                float baseline = y + (style.lineHeight() - style.size()) / 2 + style.size() * 0.24f;
                Line line = lines.get(l);
                page.lines.add(new PageLayout.PlacedLine(line, lineX(p, line, width, contentWidth, style), baseline, style));
                if (l == 0 && p.style() == ParagraphStyle.LIST_BULLET) {
                    page.lines.add(bullet(p, width, baseline, style));
                }
            }
            if (lines.isEmpty()) {
                layout.paragraphPlaces.add(new PdfDocumentRenderer.Place(layout.pages.size() - 1, doc.page().height() - y));
            }
            addQuoteBar(p, page, barTop, y, width, style);
            y -= style.spaceAfter();
            atTop = false;
        }
        return layout;
    }

    private static boolean keepsWithNext(ParagraphStyle style) {
        return style == ParagraphStyle.HEADING || style == ParagraphStyle.TITLE || style == ParagraphStyle.SUBTITLE
                || style == ParagraphStyle.DATELINE || style == ParagraphStyle.QUOTE || style == ParagraphStyle.SUBJECT;
    }

    private static float lineX(Paragraph p, Line line, float pageWidth, float contentWidth, TextStyle style) {
        boolean rtl = p.direction() == TextDirection.RTL;
        float startEdge = rtl ? pageWidth - MARGIN - style.indentStart() : MARGIN + style.indentStart();
        Alignment alignment = p.alignment();
        if (alignment == Alignment.CENTER) {
            return MARGIN + (contentWidth - line.width()) / 2;
        }
        boolean alignLeft = (alignment == Alignment.START) != rtl;
        if (alignLeft) {
            return rtl ? MARGIN : startEdge;
        }
        return (rtl ? startEdge : pageWidth - MARGIN) - line.width();
    }

    private PageLayout.PlacedLine bullet(Paragraph p, float pageWidth, float baseline, TextStyle style) {
        Paragraph dot = new Paragraph(ParagraphStyle.LIST_BULLET, p.direction(), Alignment.START, List.of(Span.plain("•")));
        Line line = shaper.layout(StyledParagraph.of(dot, style, fonts, language, sheet.accent()), p.direction(), 50).get(0);
        boolean rtl = p.direction() == TextDirection.RTL;
        float x = rtl ? pageWidth - MARGIN - style.indentStart() + BULLET_GAP - line.width()
                : MARGIN + style.indentStart() - BULLET_GAP;
        return new PageLayout.PlacedLine(line, x, baseline, style);
    }

    private void addQuoteBar(Paragraph p, PageLayout.Page page, float top, float bottom, float pageWidth, TextStyle style) {
        if (p.style() != ParagraphStyle.QUOTE || top - bottom <= 0) {
            return;
        }
        float barWidth = 2.5f;
        boolean rtl = p.direction() == TextDirection.RTL;
        float x = rtl ? pageWidth - MARGIN - barWidth : MARGIN;
        page.bars.add(new PageLayout.Bar(x, bottom + style.lineHeight() * 0.15f, barWidth, top - bottom - style.lineHeight() * 0.1f));
    }
}
