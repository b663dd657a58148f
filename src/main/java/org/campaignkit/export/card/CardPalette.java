package org.campaignkit.export.card;

import java.awt.Color;
import java.util.List;
import org.campaignkit.kit.Brand;

/**
 * The brand's colours as a card uses them: primary for bands, accent for the headline or a rule,
 * paper and ink for text. Every text colour is chosen for WCAG AA contrast against what it sits
 * on, so a kit with a pale primary colour still gets readable cards.
 */
record CardPalette(Color primary, Color accent, Color ink, Color paper) {
    private static final Color DEFAULT_PRIMARY = new Color(0x222222);
    private static final Color DEFAULT_INK = new Color(0x111111);

    /** What a card's text needs: headline and subline colours, and the accent rule's (null: no rule). */
    record TextColors(Color headline, Color subline, Color rule) {
    }

    static CardPalette of(Brand brand) {
        return new CardPalette(parse(brand, "primary", DEFAULT_PRIMARY), parse(brand, "accent", null),
                parse(brand, "ink", DEFAULT_INK), parse(brand, "paper", Color.WHITE));
    }

    /** A brand colour by name, or null when the brand has no such colour. */
    static Color named(Brand brand, String name) {
        return parse(brand, name, null);
    }

    /**
     * Colours for text on a surface that may be any of {@code surfaces} (a semi-opaque band over
     * a light or a dark photo): each colour must be readable on all of them.
     */
    TextColors textOn(List<Color> surfaces, boolean accentHeadline) {
        Color text = readable(surfaces);
        boolean accentReads = accent != null && worst(accent, surfaces) >= Contrast.TEXT;
        Color headline = accentHeadline && accentReads ? accent : text;
        Color rule = !headline.equals(accent) && accent != null && worst(accent, surfaces) >= Contrast.GRAPHIC
                ? accent : null;
        return new TextColors(headline, text, rule);
    }

    /** Paper or ink, whichever reads better; plain white or black when neither brand colour reads well enough. */
    Color readable(List<Color> surfaces) {
        Color best = worst(paper, surfaces) >= worst(ink, surfaces) ? paper : ink;
        if (worst(best, surfaces) >= Contrast.TEXT) {
            return best;
        }
        return worst(Color.WHITE, surfaces) >= worst(Color.BLACK, surfaces) ? Color.WHITE : Color.BLACK;
    }

    /** The lowest contrast of a colour against any of the surfaces. */
    static double worst(Color color, List<Color> surfaces) {
        double worst = Double.MAX_VALUE;
        for (Color surface : surfaces) {
            worst = Math.min(worst, Contrast.ratio(color, surface));
        }
        return worst;
    }

    private static Color parse(Brand brand, String name, Color fallback) {
        String hex = brand.colors().get(name);
        if (hex == null || !hex.matches("#[0-9A-Fa-f]{6}")) {
            return fallback;
        }
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }
}
