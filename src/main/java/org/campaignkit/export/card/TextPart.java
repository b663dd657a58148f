package org.campaignkit.export.card;

import java.awt.font.TextLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * The headline or the subline of a card, broken into lines at one size. Its height runs from the
 * top of its tallest letters to the bottom of its deepest, so the space around the text is the
 * space people see.
 */
record TextPart(List<Line> lines, float size, float pitch, boolean tooWide, boolean cut) {
    /** Lowest ink above the baseline counted, in ems: lines of small letters still get room. */
    private static final float MIN_TOP = 0.72f;
    private static final float MIN_BOTTOM = 0.12f;

    /** One line, its text, and the direction of the paragraph it belongs to, which decides its alignment. */
    record Line(String text, TextLayout layout, boolean rightToLeft) {
    }

    TextPart {
        lines = List.copyOf(lines);
    }

    static TextPart empty() {
        return new TextPart(List.of(), 0, 0, false, false);
    }

    /** The paragraphs broken to fit a width, first-fit or balanced. */
    static TextPart of(List<StyledParagraph> paragraphs, float size, float width, boolean headline, boolean balanced) {
        return of(paragraphs, size, width, headline, balanced, Integer.MAX_VALUE);
    }

    /** At most {@code maxLines} lines in all; {@link #cut()} says text was left over. */
    static TextPart of(List<StyledParagraph> paragraphs, float size, float width, boolean headline, boolean balanced,
            int maxLines) {
        List<Line> lines = new ArrayList<>();
        float pitch = 0;
        boolean tooWide = false;
        for (StyledParagraph paragraph : paragraphs) {
            if (lines.size() >= maxLines) {
                return new TextPart(lines, size, pitch, tooWide, true);
            }
            LineBreaker.Broken broken = balanced ? LineBreaker.balanced(paragraph, size, width)
                    : LineBreaker.breakLines(paragraph, size, width, maxLines - lines.size());
            broken.lines().forEach(line -> lines.add(new Line(paragraph.text().substring(line.start(), line.end()).strip(),
                    line.layout(), paragraph.rightToLeft())));
            tooWide |= broken.tooWide();
            pitch = Math.max(pitch, LineSpacing.factor(paragraph.text(), headline) * size);
            if (broken.cut()) {
                return new TextPart(lines, size, pitch, tooWide, true);
            }
        }
        return new TextPart(lines, size, pitch, tooWide, false);
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    /**
     * From a baseline up to the top of the tallest letter in any line. Taken over all lines, so
     * breaking the same text differently (balancing) cannot change the part's height.
     */
    float top() {
        float top = lines.isEmpty() ? 0 : MIN_TOP * size;
        for (Line line : lines) {
            top = (float) Math.max(top, -line.layout().getBounds().getMinY());
        }
        return top;
    }

    /** From a baseline down to the bottom of the deepest letter in any line. */
    float bottom() {
        float bottom = lines.isEmpty() ? 0 : MIN_BOTTOM * size;
        for (Line line : lines) {
            bottom = (float) Math.max(bottom, line.layout().getBounds().getMaxY());
        }
        return bottom;
    }

    float height() {
        return lines.isEmpty() ? 0 : top() + (lines.size() - 1) * pitch + bottom();
    }

    float widest() {
        float widest = 0;
        for (Line line : lines) {
            widest = Math.max(widest, line.layout().getAdvance());
        }
        return widest;
    }
}
