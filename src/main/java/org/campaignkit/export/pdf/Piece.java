package org.campaignkit.export.pdf;

import java.awt.font.GlyphVector;

/** Shaped glyphs of one segment on one line, in visual order, with the width they take. */
record Piece(GlyphVector glyphs, Segment segment, float advance) {
}
