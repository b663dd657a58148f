package org.campaignkit.export.sheet;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * About how many lines a text takes when a spreadsheet wraps it in a column of a given width. A
 * workbook written by a program has no row heights, and LibreOffice then shows every row one line
 * high with wrapped text spilling over the next row; Excel does not always fit them either. So
 * the writer sets each row's height from this estimate, erring on the tall side.
 */
final class WrappedLines {
    /**
     * Column widths count the digit "0" of the default font; ordinary letters average about that,
     * and a little room is kept for the cell's margins and for wider substitute fonts.
     */
    private static final double USABLE = 0.95;

    private WrappedLines() {
    }

    /** Lines the text needs in a column {@code columnChars} wide, breaking where the language allows. */
    static int count(String text, int columnChars, String languageTag) {
        double room = Math.max(1, columnChars * USABLE);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += linesOf(paragraph, room, ULocale.forLanguageTag(languageTag));
        }
        return Math.max(1, lines);
    }

    private static int linesOf(String paragraph, double room, ULocale locale) {
        BreakIterator breaks = BreakIterator.getLineInstance(locale);
        breaks.setText(paragraph);
        int lines = 1;
        double used = 0;
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String piece = paragraph.substring(start, end);
            double width = width(piece.stripTrailing());
            double trailingSpace = width(piece) - width;
            if (used > 0 && used + width > room) {
                lines++;
                used = 0;
            }
            // A piece wider than the column (a long link) wraps over several lines by itself.
            while (width > room) {
                lines++;
                width -= room;
            }
            used += width + trailingSpace;
        }
        return lines;
    }

    /** Width in "0" digits: Chinese, Japanese, Korean and emoji take two, marks that join a letter none. */
    private static double width(String text) {
        double width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
            if (eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH) {
                width += 2;
            } else if (Character.getType(cp) != Character.NON_SPACING_MARK && Character.getType(cp) != Character.FORMAT) {
                width += 1;
            }
        }
        return width;
    }
}
