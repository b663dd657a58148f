package org.campaignkit.export.pdf;

import java.awt.Font;
import java.awt.font.GlyphVector;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Groups a shaped run's glyphs by the characters they came from (HarfBuzz-style clusters: a
 * cluster runs from its first character to the next cluster's first character) and decides which
 * clusters need their text spelled out for copy and search.
 */
final class Clusters {
    private Clusters() {
    }

    /**
     * @param text the paragraph; {@code start}/{@code end} the shaped range; glyph char indices are
     *        relative to {@code start}
     */
    static List<Cluster> of(GlyphVector glyphs, Font font, String text, int start, int end) {
        int n = glyphs.getNumGlyphs();
        TreeSet<Integer> starts = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            starts.add(glyphs.getGlyphCharIndex(i));
        }
        List<Cluster> clusters = new ArrayList<>();
        int i = 0;
        while (i < n) {
            int charIndex = glyphs.getGlyphCharIndex(i);
            int j = i + 1;
            while (j < n && glyphs.getGlyphCharIndex(j) == charIndex) {
                j++;
            }
            Integer next = starts.higher(charIndex);
            int charEnd = next == null ? end - start : next;
            String chars = text.substring(start + charIndex, start + charEnd);
            boolean plain = j - i == 1 && chars.codePointCount(0, chars.length()) == 1
                    && glyphs.getGlyphCode(i) == cmapGlyph(font, chars, glyphs);
            clusters.add(new Cluster(i, j, plain ? null : chars));
            i = j;
        }
        return clusters;
    }

    /** The glyph the font maps a character to, without any shaping. */
    private static int cmapGlyph(Font font, String character, GlyphVector context) {
        return font.createGlyphVector(context.getFontRenderContext(), character).getGlyphCode(0);
    }
}
