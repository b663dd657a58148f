package org.campaignkit.export.card;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.campaignkit.text.InlineMarkup;
import org.campaignkit.text.Run;
import org.campaignkit.text.Scripts;
import org.campaignkit.text.TextBlocks;
import org.campaignkit.text.TextDirection;
import org.campaignkit.text.fonts.FontBook;
import org.campaignkit.text.fonts.FontFace;
import org.campaignkit.text.fonts.FontRole;
import org.campaignkit.text.fonts.FontRun;

/**
 * One paragraph of card text with the font of every run, as the FontBook chose it, so any range
 * of it can be measured and drawn as a {@link TextLayout}. Not thread-safe: one card at a time.
 */
final class StyledParagraph {
    /** Antialiased, fractional metrics: the painter draws with the same hints, so measuring is exact. */
    static final FontRenderContext RENDER_CONTEXT = new FontRenderContext(null,
            RenderingHints.VALUE_TEXT_ANTIALIAS_ON, RenderingHints.VALUE_FRACTIONALMETRICS_ON);

    private static final Map<TextAttribute, Object> TYPOGRAPHY = Map.of(
            TextAttribute.KERNING, TextAttribute.KERNING_ON, TextAttribute.LIGATURES, TextAttribute.LIGATURES_ON);

    private final String text;
    private final List<Piece> pieces;
    private final TextDirection direction;
    private final String language;
    private final FontBook fonts;
    private final Map<FontKey, Font> fontCache = new HashMap<>();
    private List<Integer> lineBreaks;
    private List<Integer> letterBreaks;

    /** A run of the paragraph and where it starts and ends in the paragraph's text. */
    private record Piece(int start, int end, FontRun run) {
    }

    private record FontKey(FontFace face, boolean bold, boolean italic, float size) {
    }

    private StyledParagraph(String text, List<Piece> pieces, String language, FontBook fonts) {
        this.text = text;
        this.pieces = pieces;
        this.language = language;
        this.fonts = fonts;
        this.direction = Scripts.direction(text, language);
    }

    /**
     * The paragraphs of a card text: each line of it is one (a line break is the author's choice of
     * where a headline breaks), with inline markup turned into bold and italic runs.
     */
    static List<StyledParagraph> of(String text, FontRole role, boolean bold, String language, FontBook fonts) {
        List<StyledParagraph> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : TextBlocks.lines(text)) {
            StringBuilder plain = new StringBuilder();
            List<Piece> pieces = new ArrayList<>();
            for (Run run : InlineMarkup.parse(line)) {
                for (FontRun fontRun : fonts.runs(run.text(), role, bold || run.bold(), run.italic(), language)) {
                    int start = plain.length();
                    plain.append(fontRun.text());
                    pieces.add(new Piece(start, plain.length(), fontRun));
                }
            }
            if (!plain.toString().isBlank()) {
                out.add(new StyledParagraph(plain.toString(), List.copyOf(pieces), language, fonts));
            }
        }
        return out;
    }

    String text() {
        return text;
    }

    String language() {
        return language;
    }

    boolean rightToLeft() {
        return direction == TextDirection.RTL;
    }

    /**
     * Where a line may end, by the language's rules (ICU): after words, between ideographs. Not
     * after a one-letter word ("в", "a", "y"): typesetters keep it with the word it belongs to.
     */
    List<Integer> lineBreaks() {
        if (lineBreaks == null) {
            List<Integer> all = boundaries(BreakIterator.getLineInstance(ULocale.forLanguageTag(language)));
            List<Integer> kept = new ArrayList<>();
            int previous = 0;
            for (int at : all) {
                if (at == text.length() || !isOneLetterWord(previous, at)) {
                    kept.add(at);
                }
                previous = at;
            }
            lineBreaks = List.copyOf(kept);
        }
        return lineBreaks;
    }

    /** A segment of a spaced script that is one letter and its space; ideographs have no space after them. */
    private boolean isOneLetterWord(int start, int end) {
        String word = text.substring(start, end);
        String letters = word.strip();
        return word.length() > letters.length() && letters.codePointCount(0, letters.length()) == 1
                && Character.isLetter(letters.codePointAt(0));
    }

    /** Where one letter as people see it (a grapheme cluster) ends. */
    List<Integer> letterBreaks() {
        if (letterBreaks == null) {
            letterBreaks = boundaries(BreakIterator.getCharacterInstance(ULocale.forLanguageTag(language)));
        }
        return letterBreaks;
    }

    private List<Integer> boundaries(BreakIterator iterator) {
        iterator.setText(text);
        List<Integer> out = new ArrayList<>();
        for (int at = iterator.next(); at != BreakIterator.DONE; at = iterator.next()) {
            out.add(at);
        }
        return List.copyOf(out);
    }

    /**
     * The layout of {@code [start, end)} at a size, with spaces at either end left out so they
     * count neither in its width nor in its alignment. Null when the range holds only spaces.
     */
    TextLayout layout(int start, int end, float size) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start >= end) {
            return null;
        }
        AttributedString styled = new AttributedString(text.substring(start, end));
        styled.addAttribute(TextAttribute.RUN_DIRECTION,
                rightToLeft() ? TextAttribute.RUN_DIRECTION_RTL : TextAttribute.RUN_DIRECTION_LTR);
        for (int i = firstPieceEndingAfter(start); i < pieces.size() && pieces.get(i).start() < end; i++) {
            Piece piece = pieces.get(i);
            int from = Math.max(piece.start(), start);
            int to = Math.min(piece.end(), end);
            styled.addAttribute(TextAttribute.FONT, font(piece.run(), size), from - start, to - start);
        }
        return new TextLayout(styled.getIterator(), RENDER_CONTEXT);
    }

    /** Bisection over the pieces (in text order), so a line of a very long, mixed-script text costs its own length. */
    private int firstPieceEndingAfter(int offset) {
        int low = 0;
        int high = pieces.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (pieces.get(middle).end() <= offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * The run's face at a size. A style the face lacks is asked of Java2D, which emboldens or
     * slants the outlines itself, so a missing bold never shows as boxes or a fallback font. A
     * brand font file that already is bold (a kit's "Brand-Bold.ttf" for headings) is not
     * emboldened a second time.
     */
    private Font font(FontRun run, float size) {
        FontKey key = new FontKey(run.face(), run.syntheticBold(), run.syntheticItalic(), size);
        return fontCache.computeIfAbsent(key, k -> {
            Font font = fonts.awtFont(k.face(), size);
            String name = font.getFontName(Locale.ROOT).toLowerCase(Locale.ROOT);
            boolean bold = k.bold() && !(name.contains("bold") || name.contains("black") || name.contains("heavy"));
            boolean italic = k.italic() && !(name.contains("italic") || name.contains("oblique"));
            int style = (bold ? Font.BOLD : 0) | (italic ? Font.ITALIC : 0);
            if (style != Font.PLAIN) {
                font = font.deriveFont(style, size);
            }
            return font.deriveFont(TYPOGRAPHY);
        });
    }
}
