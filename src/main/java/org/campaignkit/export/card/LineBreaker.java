package org.campaignkit.export.card;

import java.awt.font.TextLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a paragraph into lines that fit a width, at the places the language allows (ICU's line
 * breaking: between words, between Chinese ideographs but not before a closing comma). A word
 * wider than the whole line is split between letters as a last resort and reported, so the text
 * is never cut off.
 */
final class LineBreaker {
    private LineBreaker() {
    }

    /** One line: where it starts and ends in the paragraph, and its layout (spaces at either end left out). */
    record Line(int start, int end, TextLayout layout) {
    }

    /**
     * The lines of a paragraph, whether a word had to be split because it alone was too wide, and
     * whether breaking stopped at the most lines asked for with text left over.
     */
    record Broken(List<Line> lines, boolean tooWide, boolean cut) {
        float widest() {
            float widest = 0;
            for (Line line : lines) {
                widest = Math.max(widest, line.layout().getAdvance());
            }
            return widest;
        }
    }

    /** Fills each line with as many words as fit (the first-fit rule people expect from any editor). */
    static Broken breakLines(StyledParagraph paragraph, float size, float width) {
        return breakLines(paragraph, size, width, Integer.MAX_VALUE);
    }

    /**
     * First-fit lines, stopping after {@code maxLines}: a stranger's kit may hold a headline of
     * 200,000 letters, and lines that cannot fit the card need not all be set to know it.
     */
    static Broken breakLines(StyledParagraph paragraph, float size, float width, int maxLines) {
        List<Integer> breaks = paragraph.lineBreaks();
        List<Line> lines = new ArrayList<>();
        boolean tooWide = false;
        int start = 0;
        int next = 0;
        while (next < breaks.size()) {
            if (lines.size() >= maxLines) {
                return new Broken(List.copyOf(lines.subList(0, maxLines)), tooWide, true);
            }
            TextLayout fitting = null;
            int end = start;
            while (next < breaks.size()) {
                TextLayout candidate = paragraph.layout(start, breaks.get(next), size);
                if (candidate != null && candidate.getAdvance() > width) {
                    break;
                }
                fitting = candidate;
                end = breaks.get(next);
                next++;
            }
            if (end == start) {
                // One word wider than the line: split it between letters.
                tooWide = true;
                end = breaks.get(next);
                next++;
                splitBetweenLetters(paragraph, start, end, size, width, lines);
            } else if (fitting != null) {
                lines.add(new Line(start, end, fitting));
            }
            start = end;
        }
        return new Broken(List.copyOf(lines), tooWide, false);
    }

    /**
     * The same number of lines as first-fit gives, but in the narrowest width that keeps it: lines
     * of even length instead of a long first line and a lonely last word, as a designer sets them.
     */
    static Broken balanced(StyledParagraph paragraph, float size, float width) {
        Broken greedy = breakLines(paragraph, size, width);
        int count = greedy.lines().size();
        if (count < 2 || greedy.tooWide()) {
            return greedy;
        }
        Broken best = greedy;
        float low = greedy.widest() / count;
        float high = greedy.widest();
        for (int i = 0; i < 12 && high - low > 0.5f; i++) {
            float middle = (low + high) / 2;
            Broken tried = breakLines(paragraph, size, middle);
            if (tried.lines().size() == count && !tried.tooWide()) {
                best = tried;
                high = middle;
            } else {
                low = middle;
            }
        }
        return best;
    }

    private static void splitBetweenLetters(StyledParagraph paragraph, int start, int end, float size, float width,
            List<Line> lines) {
        List<Integer> letters = paragraph.letterBreaks();
        int lineStart = start;
        TextLayout fitting = null;
        int lastFit = start;
        for (int letter : letters) {
            if (letter <= start || letter > end) {
                continue;
            }
            TextLayout candidate = paragraph.layout(lineStart, letter, size);
            if (candidate != null && candidate.getAdvance() > width && lastFit > lineStart) {
                lines.add(new Line(lineStart, lastFit, fitting));
                lineStart = lastFit;
                candidate = paragraph.layout(lineStart, letter, size);
            }
            if (candidate != null) {
                fitting = candidate;
                lastFit = letter;
            }
        }
        if (fitting != null && lastFit > lineStart) {
            lines.add(new Line(lineStart, lastFit, fitting));
        }
    }
}
