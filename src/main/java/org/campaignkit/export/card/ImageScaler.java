package org.campaignkit.export.card;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Scales images with good quality. Java2D's bicubic filter only looks at neighbouring pixels, so
 * a large photo shrunk in one step shimmers and loses fine lines; halving it step by step first
 * averages every pixel in, as photo editors do.
 */
final class ImageScaler {
    private ImageScaler() {
    }

    /** The image at exactly {@code width} x {@code height}, of {@code type} (a BufferedImage type). */
    static BufferedImage scale(BufferedImage source, int width, int height, int type) {
        BufferedImage current = source;
        int w = source.getWidth();
        int h = source.getHeight();
        while (w / 2 >= width && h / 2 >= height) {
            w /= 2;
            h /= 2;
            current = draw(current, w, h, type, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        // After the halvings the last step shrinks by less than two, where bilinear keeps every pixel
        // in play and Java2D's software bicubic only costs time (a third of a card's drawing).
        return draw(current, width, height, type, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, int type, Object interpolation) {
        BufferedImage out = new BufferedImage(width, height, type);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_ALPHA_INTERPOLATION, RenderingHints.VALUE_ALPHA_INTERPOLATION_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
