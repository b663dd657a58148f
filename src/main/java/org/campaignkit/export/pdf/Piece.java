package org.campaignkit.export.pdf;

import java.awt.font.GlyphVector;
import java.util.List;

/** Shaped glyphs of one segment on one line, in visual order, with the width they take and their clusters. */
record Piece(GlyphVector glyphs, Segment segment, float advance, List<Cluster> clusters) {
}
