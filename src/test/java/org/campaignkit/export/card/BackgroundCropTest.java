package org.campaignkit.export.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.campaignkit.export.card.CardPixels.BRAND;
import static org.campaignkit.export.card.CardPixels.SQUARE;
import static org.campaignkit.export.card.CardPixels.STORY;
import static org.campaignkit.export.card.CardPixels.card;
import static org.campaignkit.export.card.CardPixels.solid;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import org.campaignkit.kit.Card;
import org.campaignkit.kit.CardLayout;
import org.campaignkit.kit.CardSize;
import org.campaignkit.text.fonts.FontBook;
import org.junit.jupiter.api.Test;

class BackgroundCropTest {
    private final CardRenderer renderer = new CardRenderer(FontBook.bundled(), BRAND);

    /** A grey photo with a red square centred on (x, y). */
    private static BufferedImage photoWithSpot(int width, int height, int x, int y) {
        BufferedImage photo = solid(width, height, Color.GRAY);
        Graphics2D g = photo.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(x - 20, y - 20, 40, 40);
        g.dispose();
        return photo;
    }

    /** Red, even under a layout's dark scrim. */
    private static boolean red(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        return r > 2 * ((rgb >> 8) & 0xFF) + 20 && r > 2 * (rgb & 0xFF) + 20;
    }

    @Test
    void aPointOfTheDrawnCardMapsBackToWhereItIsInThePicture() {
        // The spot at (1400, 300) of a 2000 x 1000 photo; wherever the crop puts it, the mapping finds it again.
        BufferedImage photo = photoWithSpot(2000, 1000, 1400, 300);
        for (CardLayout layout : CardLayout.values()) {
            for (CardSize size : new CardSize[] {SQUARE, STORY, CardSize.custom("x-header", 1500, 500)}) {
                Card card = card("images/bg.jpg", layout).withFocus(0.7, 0.3);
                CardRendering drawn = renderer.render(card, size, new CardText(null, null), "en", photo, null);
                Rectangle spot = CardPixels.bounds(drawn.image(), BackgroundCropTest::red);
                assertThat(spot).as(layout + " " + size.name()).isNotNull();
                Point2D focus = drawn.crop().focusAt(spot.getCenterX(), spot.getCenterY());
                assertThat(focus.getX()).as(layout + " " + size.name()).isCloseTo(0.7, within(0.003));
                assertThat(focus.getY()).as(layout + " " + size.name()).isCloseTo(0.3, within(0.003));
                Point2D back = drawn.crop().cardPoint(0.7, 0.3);
                assertThat(back.getX()).isCloseTo(spot.getCenterX(), within(2.0));
                assertThat(back.getY()).isCloseTo(spot.getCenterY(), within(2.0));
            }
        }
    }

    @Test
    void theCropIsTheOneThePainterCutAndClicksOutsideTheCardAreClamped() {
        BufferedImage photo = solid(2000, 1000, Color.GRAY);
        Card card = card("images/bg.jpg", CardLayout.CENTER);
        BackgroundCrop crop = renderer.render(card, SQUARE, new CardText(null, null), "en", photo, null).crop();
        // Scaled 1.08 times to cover 1080 x 1080: the middle 1000 x 1000 of the photo shows.
        assertThat(crop.shown().width).isEqualTo(1000);
        assertThat(crop.shown().height).isEqualTo(1000);
        assertThat(crop.shown().x).isBetween(499, 500);
        assertThat(crop.focusAt(-50, 2000).getX()).isCloseTo(crop.shown().x / 2000.0, within(1e-9));
        assertThat(crop.focusAt(-50, 2000).getY()).isEqualTo(1.0);
    }

    @Test
    void aBrandColourCardHasNoCrop() {
        assertThat(renderer.render(card("primary", CardLayout.TOP), SQUARE, new CardText("Hi", null), "en", null, null).crop())
                .isNull();
    }
}
