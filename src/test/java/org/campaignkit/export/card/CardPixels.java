package org.campaignkit.export.card;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.campaignkit.kit.Brand;
import org.campaignkit.kit.Card;
import org.campaignkit.kit.CardLayout;
import org.campaignkit.kit.CardSize;

/** Cards, brands and pictures for the card tests, and ways to find things in a drawn card. */
final class CardPixels {
    static final Brand BRAND = new Brand(Map.of("primary", "#4B1D78", "accent", "#F5B700", "ink", "#111111",
            "paper", "#FFFFFF", "grey", "#808080"), Map.of(), null);
    static final CardSize SQUARE = CardSize.preset("instagram-square").orElseThrow();
    static final CardSize STORY = CardSize.preset("story").orElseThrow();

    private CardPixels() {
    }

    static Card card(String background, CardLayout layout) {
        return new Card("test", background, 0.5, 0.5, layout, "card.h", "card.s", "card.alt", List.of(SQUARE));
    }

    static BufferedImage solid(int width, int height, Color color) {
        return org.campaignkit.testing.Pictures.solid(width, height, color);
    }

    /** The yellow of the brand's accent (headlines on a band), allowing for antialiased edges. */
    static boolean accent(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return r > 200 && g > 140 && g < 220 && b < 80;
    }

    /** The smallest rectangle holding every pixel that passes, or null. */
    static Rectangle bounds(BufferedImage image, IntPredicate pixel) {
        Rectangle found = null;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (pixel.test(image.getRGB(x, y))) {
                    Rectangle dot = new Rectangle(x, y, 1, 1);
                    found = found == null ? dot : found.union(dot);
                }
            }
        }
        return found;
    }

    /** True when every pixel of row y has the same colour. */
    static boolean uniformRow(BufferedImage image, int y) {
        int first = image.getRGB(0, y);
        for (int x = 1; x < image.getWidth(); x++) {
            if (image.getRGB(x, y) != first) {
                return false;
            }
        }
        return true;
    }
}
