package org.campaignkit.export.card;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/** Draws a card as its plan says, with Java2D at its best quality settings. Knows nothing of files. */
final class CardPainter {
    /** The lightest scrim on a photo: enough to give the card one mood even when the photo is dark. */
    private static final float MIN_SCRIM = 0.3f;
    private static final float MAX_SCRIM = 0.9f;

    private CardPainter() {
    }

    /** @param crop the part of the background to show, or null when the card has no picture to show */
    static BufferedImage paint(CardPlan plan, BufferedImage background, BackgroundCrop crop, BufferedImage logo) {
        BufferedImage image = new BufferedImage(plan.width(), plan.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            hints(g);
            if (crop != null) {
                drawBackground(g, plan, background, crop);
            } else {
                g.setColor(plan.background());
                g.fillRect(0, 0, plan.width(), plan.height());
            }
            if (plan.scrim() != null) {
                drawScrim(g, plan, image);
            }
            if (plan.band() != null) {
                g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, plan.band().alpha()));
                g.setColor(plan.band().color());
                g.fill(plan.band().area());
                g.setComposite(AlphaComposite.SrcOver);
            }
            if (plan.rule() != null) {
                g.setColor(plan.ruleColor());
                g.fill(plan.rule());
            }
            for (CardPlan.PlacedLine line : plan.lines()) {
                g.setColor(line.color());
                line.layout().draw(g, line.x(), line.baseline());
            }
            if (plan.logo() != null && logo != null) {
                drawLogo(g, plan, logo);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        // Greyscale antialiasing: subpixel (LCD) text would leave coloured fringes in an image.
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_ALPHA_INTERPOLATION, RenderingHints.VALUE_ALPHA_INTERPOLATION_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
    }

    private static void drawBackground(Graphics2D g, CardPlan plan, BufferedImage background, BackgroundCrop crop) {
        Rectangle shown = crop.shown();
        BufferedImage scaled = ImageScaler.scale(background.getSubimage(shown.x, shown.y, shown.width, shown.height),
                plan.width(), plan.height(), BufferedImage.TYPE_INT_RGB);
        g.drawImage(scaled, 0, 0, null);
    }

    /** The scrim just strong enough that every text colour reaches AA contrast on the brightest part behind the text. */
    private static void drawScrim(Graphics2D g, CardPlan plan, BufferedImage image) {
        CardPlan.Scrim scrim = plan.scrim();
        Color brightest = brightest(image, plan.textArea());
        float alpha = MIN_SCRIM;
        while (alpha < MAX_SCRIM && !readable(plan, Contrast.over(scrim.color(), alpha, brightest))) {
            alpha = Math.min(MAX_SCRIM, alpha + 0.05f);
        }
        Color solid = new Color(scrim.color().getRed(), scrim.color().getGreen(), scrim.color().getBlue(),
                Math.round(alpha * 255));
        g.setColor(solid);
        g.fill(new Rectangle2D.Float(0, 0, plan.width(), scrim.solidUntil()));
        if (scrim.fadeUntil() > scrim.solidUntil()) {
            Color clear = new Color(solid.getRed(), solid.getGreen(), solid.getBlue(), 0);
            g.setPaint(new GradientPaint(0, scrim.solidUntil(), solid, 0, scrim.fadeUntil(), clear));
            g.fill(new Rectangle2D.Float(0, scrim.solidUntil(), plan.width(), scrim.fadeUntil() - scrim.solidUntil()));
        }
    }

    private static boolean readable(CardPlan plan, Color surface) {
        for (CardPlan.PlacedLine line : plan.lines()) {
            if (Contrast.ratio(line.color(), surface) < Contrast.TEXT) {
                return false;
            }
        }
        return plan.ruleColor() == null || Contrast.ratio(plan.ruleColor(), surface) >= Contrast.GRAPHIC;
    }

    /**
     * A colour at least as bright, channel by channel, as 99 in 100 pixels of an area: the worst
     * case for the text, without letting a few specks of noise decide.
     */
    private static Color brightest(BufferedImage image, Rectangle2D area) {
        Rectangle2D clipped = area.createIntersection(new Rectangle2D.Float(0, 0, image.getWidth(), image.getHeight()));
        if (clipped.isEmpty()) {
            return Color.BLACK;
        }
        int x0 = (int) clipped.getMinX();
        int y0 = (int) clipped.getMinY();
        int x1 = (int) Math.ceil(clipped.getMaxX());
        int y1 = (int) Math.ceil(clipped.getMaxY());
        int[][] histogram = new int[3][256];
        int stride = Math.max(1, (int) Math.sqrt((double) (x1 - x0) * (y1 - y0) / 250_000));
        int count = 0;
        for (int y = y0; y < y1; y += stride) {
            for (int x = x0; x < x1; x += stride) {
                int rgb = image.getRGB(x, y);
                histogram[0][(rgb >> 16) & 0xFF]++;
                histogram[1][(rgb >> 8) & 0xFF]++;
                histogram[2][rgb & 0xFF]++;
                count++;
            }
        }
        int skip = count / 100;
        return new Color(percentile(histogram[0], skip), percentile(histogram[1], skip), percentile(histogram[2], skip));
    }

    private static int percentile(int[] histogram, int skipBrightest) {
        int seen = 0;
        for (int value = 255; value > 0; value--) {
            seen += histogram[value];
            if (seen > skipBrightest) {
                return value;
            }
        }
        return 0;
    }

    private static void drawLogo(Graphics2D g, CardPlan plan, BufferedImage logo) {
        Rectangle2D plate = plan.logoPlate();
        double radius = Math.min(plate.getWidth(), plate.getHeight()) * 0.3;
        g.setColor(plan.plateColor());
        g.fill(new RoundRectangle2D.Double(plate.getX(), plate.getY(), plate.getWidth(), plate.getHeight(), radius, radius));
        Rectangle2D at = plan.logo();
        int width = Math.max(1, (int) Math.round(at.getWidth()));
        int height = Math.max(1, (int) Math.round(at.getHeight()));
        BufferedImage scaled = ImageScaler.scale(logo, width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        g.drawImage(scaled, (int) Math.round(at.getX()), (int) Math.round(at.getY()), null);
    }
}
