package org.campaignkit.export.pdf;

import java.util.List;

/**
 * One laid-out line: its pieces in visual (left-to-right) order, its width, and its text in
 * logical order, which goes into the PDF as /ActualText so copying gives the words as written.
 */
record Line(List<Piece> pieces, float width, String logicalText) {
}
