package org.campaignkit.export.card;

import java.awt.Rectangle;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

/**
 * Which part of a background image a card shows. The image is scaled to cover the whole card
 * (never letterboxed, never stretched) and cut so its focus point lands in the middle of the
 * part of the card left visible by the text, as near as the image's edges allow. The focus point
 * is always inside the crop.
 */
final class CoverCrop {
    private CoverCrop() {
    }

    /**
     * The region of the source image to show, in source pixels.
     *
     * @param focusX the focus point, 0 (left) to 1 (right) of the image
     * @param focusY the focus point, 0 (top) to 1 (bottom)
     * @param target where on the card the focus point should land, ideally (card pixels)
     */
    static Rectangle2D region(int sourceWidth, int sourceHeight, int cardWidth, int cardHeight, double focusX,
            double focusY, Point2D target) {
        double scale = Math.max((double) cardWidth / sourceWidth, (double) cardHeight / sourceHeight);
        double width = Math.min(sourceWidth, cardWidth / scale);
        double height = Math.min(sourceHeight, cardHeight / scale);
        double x = clamp(focusX * sourceWidth - target.getX() / scale, sourceWidth - width);
        double y = clamp(focusY * sourceHeight - target.getY() / scale, sourceHeight - height);
        return new Rectangle2D.Double(x, y, width, height);
    }

    /** The region in whole pixels, as the picture is cut: never empty, never past the picture's edges. */
    static Rectangle pixels(Rectangle2D region, int sourceWidth, int sourceHeight) {
        int x = (int) Math.floor(region.getX());
        int y = (int) Math.floor(region.getY());
        int w = Math.max(1, Math.min(sourceWidth - x, (int) Math.round(region.getWidth())));
        int h = Math.max(1, Math.min(sourceHeight - y, (int) Math.round(region.getHeight())));
        return new Rectangle(x, y, w, h);
    }

    private static double clamp(double value, double max) {
        return Math.max(0, Math.min(max, value));
    }
}
