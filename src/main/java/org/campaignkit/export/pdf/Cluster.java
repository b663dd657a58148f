package org.campaignkit.export.pdf;

/**
 * Consecutive glyphs [firstGlyph, endGlyph) of a piece that come from the same characters.
 * {@code actualText} holds those characters when the glyphs are not simply the font's glyphs for
 * them (a joined Arabic form, a ligature, a reordered vowel sign), else null.
 */
record Cluster(int firstGlyph, int endGlyph, String actualText) {
}
