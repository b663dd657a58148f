package org.campaignkit.export.card;

import java.awt.Color;

/** WCAG 2 relative luminance and contrast ratio, for choosing text colours people can read. */
final class Contrast {
    /** WCAG AA for normal text; cards use it for all text, large or not. */
    static final double TEXT = 4.5;
    /** WCAG AA for graphics such as the accent rule. */
    static final double GRAPHIC = 3.0;

    private Contrast() {
    }

    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(Color c) {
        return luminance(c.getRGB());
    }

    /** Relative luminance of an sRGB pixel (alpha ignored). */
    static double luminance(int rgb) {
        return 0.2126 * linear((rgb >> 16) & 0xFF) + 0.7152 * linear((rgb >> 8) & 0xFF) + 0.0722 * linear(rgb & 0xFF);
    }

    /** {@code top} at an opacity over {@code bottom}, as Java2D composites it (in sRGB values). */
    static Color over(Color top, float alpha, Color bottom) {
        return new Color(mix(top.getRed(), bottom.getRed(), alpha), mix(top.getGreen(), bottom.getGreen(), alpha),
                mix(top.getBlue(), bottom.getBlue(), alpha));
    }

    private static int mix(int top, int bottom, float alpha) {
        return Math.round(top * alpha + bottom * (1 - alpha));
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
