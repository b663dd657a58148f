package org.campaignkit.export.pdf;

import java.awt.Color;
import org.campaignkit.text.fonts.FontRole;

/** How one paragraph style looks in a PDF: size in points, weight, colour, spacing and indents. */
record TextStyle(float size, boolean bold, boolean italic, Color color, FontRole role, float spaceBefore,
        float spaceAfter, float indentStart, float leading) {

    /** Distance between baselines. */
    float lineHeight() {
        return size * leading;
    }
}
