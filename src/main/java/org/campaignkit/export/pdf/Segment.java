package org.campaignkit.export.pdf;

import java.awt.Color;
import org.campaignkit.text.fonts.FontFace;

/**
 * A stretch of a paragraph [start, end) drawn with one face, size and colour. The synthetic
 * flags ask the renderer to embolden or slant a face that has no bold or italic of its own.
 */
record Segment(int start, int end, FontFace face, float size, Color color, boolean syntheticBold,
        boolean syntheticItalic, String link) {
}
