package org.campaignkit.export.card;

import java.awt.Color;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Where everything on a card goes, decided before anything is drawn: the painter only follows it,
 * and the overflow check only reads its fit. Optional parts (band, scrim, rule, logo) are null
 * when the card has none.
 *
 * @param photo whether the background is a picture; {@code background} is the colour shown
 *     otherwise, or while the picture is missing
 * @param imageArea the part of the card the background's focus point should be centred in (not
 *     under the band or the text)
 * @param textArea the bounds of the text block, whose background the scrim must darken enough
 */
record CardPlan(int width, int height, boolean photo, Color background, Band band, Scrim scrim, Rectangle2D rule,
        Color ruleColor, List<PlacedLine> lines, Rectangle2D textArea, Rectangle2D imageArea, Rectangle2D logoPlate,
        Color plateColor, Rectangle2D logo, CardFit fit) {

    CardPlan {
        lines = List.copyOf(lines);
    }

    /** A solid or nearly solid band of colour behind the text. */
    record Band(Rectangle2D area, Color color, float alpha) {
    }

    /**
     * A dark layer over the background: solid down to {@code solidUntil}, fading out by
     * {@code fadeUntil} (equal for a scrim over the whole card). The painter picks its strength
     * from the pixels under the text so the text keeps its contrast.
     */
    record Scrim(Color color, float solidUntil, float fadeUntil) {
    }

    /** One line of text at its place: x of its left end and its baseline. */
    record PlacedLine(TextLayout layout, float x, float baseline, Color color) {
    }
}
