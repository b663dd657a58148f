package org.campaignkit.export.card;

import java.awt.Rectangle;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.campaignkit.kit.Card;

/**
 * The part of a background picture a drawn card shows, in whole picture pixels, exactly as the
 * painter cut it. It maps a point of the card back to the picture, so a click on the app's
 * preview can set the card's focus point, and the focus point onto the card, to mark it there.
 *
 * @param pictureWidth the decoded, upright picture's width (the focus point is a share of it)
 * @param shown the pixels of the picture the card shows, stretched over the whole card
 */
public record BackgroundCrop(int pictureWidth, int pictureHeight, int cardWidth, int cardHeight, Rectangle shown) {

    /** The crop a card plan gives a picture: cover the card, with the focus in the middle of the image area. */
    static BackgroundCrop of(CardPlan plan, Card card, int pictureWidth, int pictureHeight) {
        Rectangle2D area = plan.imageArea();
        Rectangle2D region = CoverCrop.region(pictureWidth, pictureHeight, plan.width(), plan.height(),
                card.focusX(), card.focusY(), new Point2D.Double(area.getCenterX(), area.getCenterY()));
        return new BackgroundCrop(pictureWidth, pictureHeight, plan.width(), plan.height(),
                CoverCrop.pixels(region, pictureWidth, pictureHeight));
    }

    /** The point of the picture (0..1 each way) under a point of the card (card pixels); outside points are clamped. */
    public Point2D focusAt(double cardX, double cardY) {
        double x = shown.x + clamp(cardX, cardWidth) * shown.width / cardWidth;
        double y = shown.y + clamp(cardY, cardHeight) * shown.height / cardHeight;
        return new Point2D.Double(x / pictureWidth, y / pictureHeight);
    }

    /** Where a focus point (0..1 of the picture) lands on the card, in card pixels; it may lie outside the card. */
    public Point2D cardPoint(double focusX, double focusY) {
        return new Point2D.Double((focusX * pictureWidth - shown.x) * cardWidth / shown.width,
                (focusY * pictureHeight - shown.y) * cardHeight / shown.height);
    }

    private static double clamp(double value, double max) {
        return Math.max(0, Math.min(max, value));
    }
}
