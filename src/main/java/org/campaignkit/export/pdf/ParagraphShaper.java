package org.campaignkit.export.pdf;

import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.util.ArrayList;
import java.util.List;
import org.campaignkit.text.TextDirection;
import org.campaignkit.text.fonts.FontBook;

/**
 * Breaks a paragraph into lines and shapes each line: ICU finds where lines may break (between
 * words, or between ideographs in Chinese) and the bidi order; Java2D shapes each run (Arabic
 * joining, Devanagari reordering) into the glyphs the PDF then places exactly.
 */
final class ParagraphShaper {
    /** Unhinted, fractional: advances in points that match the font's own widths in the PDF. */
    static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private final FontBook fonts;
    private final String language;

    ParagraphShaper(FontBook fonts, String language) {
        this.fonts = fonts;
        this.language = language;
    }

    List<Line> layout(StyledParagraph paragraph, TextDirection direction, float maxWidth) {
        String text = paragraph.text();
        List<Line> lines = new ArrayList<>();
        if (text.isEmpty()) {
            return lines;
        }
        BreakIterator breaks = BreakIterator.getLineInstance(ULocale.forLanguageTag(language));
        breaks.setText(text);
        int hardStart = 0;
        while (hardStart <= text.length()) {
            int newline = text.indexOf('\n', hardStart);
            int hardEnd = newline < 0 ? text.length() : newline;
            breakHardLine(paragraph, LineBidi.of(text, hardStart, hardEnd, direction), breaks, hardStart, hardEnd, maxWidth, lines);
            if (newline < 0) {
                break;
            }
            hardStart = newline + 1;
        }
        return lines;
    }

    private void breakHardLine(StyledParagraph p, LineBidi bidi, BreakIterator breaks, int start, int end, float maxWidth,
            List<Line> out) {
        if (start == end) {
            out.add(new Line(List.of(), 0, ""));
            return;
        }
        int lineStart = start;
        while (lineStart < end) {
            int lastFit = -1;
            int b = breaks.following(lineStart);
            while (b != BreakIterator.DONE && b <= end) {
                if (measure(p, bidi, lineStart, trimEnd(p.text(), lineStart, b)) <= maxWidth) {
                    lastFit = b;
                    b = breaks.next();
                } else {
                    break;
                }
            }
            if (end - lineStart > 0 && (b == BreakIterator.DONE || b > end)
                    && measure(p, bidi, lineStart, trimEnd(p.text(), lineStart, end)) <= maxWidth) {
                lastFit = end;
            }
            int lineEnd = lastFit > lineStart ? lastFit : forceBreak(p, bidi, lineStart, Math.min(end, b == BreakIterator.DONE ? end : b), maxWidth);
            out.add(shapeLine(p, bidi, lineStart, trimEnd(p.text(), lineStart, lineEnd)));
            lineStart = lineEnd;
        }
    }

    /** A word wider than the line (a long URL): break it between characters as people see them. */
    private int forceBreak(StyledParagraph p, LineBidi bidi, int start, int limit, float maxWidth) {
        BreakIterator graphemes = BreakIterator.getCharacterInstance();
        graphemes.setText(p.text());
        int fit = graphemes.following(start);
        for (int g = graphemes.next(); g != BreakIterator.DONE && g <= limit; g = graphemes.next()) {
            if (measure(p, bidi, start, g) > maxWidth) {
                break;
            }
            fit = g;
        }
        return Math.max(fit, start + 1);
    }

    private static int trimEnd(String text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private float measure(StyledParagraph p, LineBidi bidi, int start, int end) {
        float width = 0;
        for (Segment s : p.segments()) {
            int a = Math.max(start, s.start());
            int b = Math.min(end, s.end());
            if (a < b) {
                GlyphVector glyphs = shape(p, s, a, b, bidi.isRtlAt(a));
                width += (float) glyphs.getGlyphPosition(glyphs.getNumGlyphs()).getX();
            }
        }
        return width;
    }

    private Line shapeLine(StyledParagraph p, LineBidi bidi, int start, int end) {
        List<Piece> pieces = new ArrayList<>();
        float width = 0;
        if (end > start) {
            Bidi line = bidi.line(start, end);
            for (int r = 0; r < line.countRuns(); r++) {
                BidiRun run = line.getVisualRun(r);
                int runStart = start + run.getStart();
                int runEnd = runStart + run.getLength();
                List<Piece> runPieces = new ArrayList<>();
                for (Segment s : p.segments()) {
                    int a = Math.max(runStart, s.start());
                    int b = Math.min(runEnd, s.end());
                    if (a < b) {
                        GlyphVector glyphs = shape(p, s, a, b, run.isOddRun());
                        float advance = (float) glyphs.getGlyphPosition(glyphs.getNumGlyphs()).getX();
                        runPieces.add(new Piece(glyphs, s, advance,
                                Clusters.of(glyphs, fonts.awtFont(s.face(), s.size()), p.text(), a, b)));
                    }
                }
                if (run.isOddRun()) {
                    java.util.Collections.reverse(runPieces);
                }
                for (Piece piece : runPieces) {
                    pieces.add(piece);
                    width += piece.advance();
                }
            }
        }
        return new Line(List.copyOf(pieces), width, p.text().substring(start, end));
    }

    /**
     * The bidi levels of one hard line (text up to a line feed). A line feed ends a paragraph in
     * the Unicode bidi algorithm, so each line takes its own direction from its first strong letter:
     * the hashtag line under an Arabic post runs left to right. A line with no strong letter takes
     * the paragraph's direction. A value set off between directional marks (a Latin city in an
     * Arabic dateline) is not the line's own words and does not decide its direction.
     */
    private record LineBidi(Bidi bidi, int offset) {
        private static final java.util.regex.Pattern MARKED_VALUE =
                java.util.regex.Pattern.compile("\u200E[^\u200E\u200F]*\u200F|\u200F[^\u200E\u200F]*\u200E");

        static LineBidi of(String text, int start, int end, TextDirection paragraph) {
            String line = text.substring(start, end);
            byte base = Bidi.getBaseDirection(MARKED_VALUE.matcher(line).replaceAll(" "));
            boolean rtl = base == Bidi.RTL || (base == Bidi.NEUTRAL && paragraph == TextDirection.RTL);
            Bidi bidi = new Bidi();
            bidi.setPara(line, rtl ? Bidi.RTL : Bidi.LTR, null);
            return new LineBidi(bidi, start);
        }

        boolean isRtlAt(int index) {
            return (bidi.getLevelAt(index - offset) & 1) == 1;
        }

        Bidi line(int start, int end) {
            return bidi.setLine(start - offset, end - offset);
        }
    }

    private GlyphVector shape(StyledParagraph p, Segment s, int start, int end, boolean rtl) {
        Font font = fonts.awtFont(s.face(), s.size());
        return font.layoutGlyphVector(FRC, p.chars(), start, end, rtl ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT);
    }
}
