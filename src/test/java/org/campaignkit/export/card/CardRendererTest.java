package org.campaignkit.export.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campaignkit.export.card.CardPixels.BRAND;
import static org.campaignkit.export.card.CardPixels.SQUARE;
import static org.campaignkit.export.card.CardPixels.STORY;
import static org.campaignkit.export.card.CardPixels.card;
import static org.campaignkit.export.card.CardPixels.solid;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.campaignkit.kit.Card;
import org.campaignkit.kit.CardLayout;
import org.campaignkit.kit.CardSize;
import org.campaignkit.text.fonts.FontBook;
import org.junit.jupiter.api.Test;

class CardRendererTest {
    private static final String HEADLINE = "No treaty without human rights safeguards";
    private static final String SUBLINE = "The UN cybercrime treaty must protect people, not expose them";
    private final CardRenderer renderer = new CardRenderer(FontBook.bundled(), BRAND);

    @Test
    void everyPresetAndCustomSizeIsDrawnAtExactlyItsPixelSize() {
        List<CardSize> sizes = new ArrayList<>(CardSize.PRESETS);
        sizes.add(CardSize.custom("x-header", 1500, 500));
        sizes.add(CardSize.custom("tiny", 16, 16));
        sizes.add(CardSize.custom("odd", 1001, 333));
        BufferedImage photo = solid(640, 480, Color.GRAY);
        for (CardLayout layout : CardLayout.values()) {
            for (CardSize size : sizes) {
                BufferedImage image = renderer.render(card("images/bg.jpg", layout), size, new CardText(HEADLINE, SUBLINE),
                        "en", photo, solid(40, 20, Color.RED)).image();
                assertThat(image.getWidth()).as(size.name() + " " + layout).isEqualTo(size.width());
                assertThat(image.getHeight()).as(size.name() + " " + layout).isEqualTo(size.height());
                assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
            }
        }
    }

    @Test
    void theSameCardIsDrawnIdenticallyEveryTime() {
        Card card = card("images/bg.jpg", CardLayout.CENTER);
        BufferedImage photo = gradient(900, 700);
        int[] first = pixels(renderer.render(card, SQUARE, new CardText(HEADLINE, SUBLINE), "ar", photo, null).image());
        int[] second = pixels(new CardRenderer(FontBook.bundled(), BRAND)
                .render(card, SQUARE, new CardText(HEADLINE, SUBLINE), "ar", photo, null).image());
        assertThat(second).isEqualTo(first);
    }

    @Test
    void theCropKeepsTheFocusPointInView() {
        // A wide photo with a red marker near its right edge; a square card shows only a fifth of its width.
        BufferedImage photo = solid(2500, 500, Color.GRAY);
        Graphics2D g = photo.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(2230, 230, 40, 40);
        g.dispose();
        Card focused = card("images/bg.jpg", CardLayout.BOTTOM_BAND).withFocus(0.9, 0.5);
        BufferedImage shown = renderer.render(focused, SQUARE, new CardText("Hi", null), "en", photo, null).image();
        Rectangle marker = CardPixels.bounds(shown, CardRendererTest::red);
        assertThat(marker).as("the marker at the focus point is on the card").isNotNull();
        // Scaled 2.16 times (500 px tall photo to 1080 px), the 40 px marker is about 86 px wide.
        assertThat(marker.width).isBetween(80, 92);

        BufferedImage elsewhere = renderer.render(focused.withFocus(0.1, 0.5), SQUARE, new CardText("Hi", null), "en",
                photo, null).image();
        assertThat(CardPixels.bounds(elsewhere, CardRendererTest::red)).as("focused on the left, the marker is cropped away")
                .isNull();
    }

    @Test
    void longerTextGetsSmallerTypeAndAbsurdTextIsReportedNotClipped() {
        Card card = card("grey", CardLayout.BOTTOM_BAND);
        CardFit shortFit = renderer.fit(card, SQUARE, new CardText("Speak out", SUBLINE), "en", null);
        CardFit longFit = renderer.fit(card, SQUARE, new CardText(HEADLINE + ", " + HEADLINE, SUBLINE), "en", null);
        assertThat(shortFit.overflows()).isFalse();
        assertThat(longFit.overflows()).isFalse();
        assertThat(longFit.headlineSize()).isLessThan(shortFit.headlineSize());
        assertThat(longFit.sublineSize()).isLessThanOrEqualTo(shortFit.sublineSize());

        String absurd = (HEADLINE + " ").repeat(40);
        CardRendering overflowing = renderer.render(card, SQUARE, new CardText(absurd, "Short"), "en", null, null);
        assertThat(overflowing.fit().headlineOverflows()).isTrue();
        assertThat(overflowing.fit().headlineSize()).isEqualTo(Math.round(0.045f * 1080));
        // Not clipped to the band's usual half of the card: the text runs all the way up.
        Rectangle text = CardPixels.bounds(overflowing.image(), CardPixels::accent);
        assertThat(text.y).isLessThan(1080 / 4);

        CardFit sublineOnly = renderer.fit(card, SQUARE, new CardText("Speak out", absurd), "en", null);
        assertThat(sublineOnly.headlineOverflows()).isFalse();
        assertThat(sublineOnly.sublineOverflows()).isTrue();
    }

    @Test
    void aHeadlineAsLongAsAKitAllowsIsReportedQuickly() {
        // 200,000 characters, the most a kit string may hold: setting it all at every size tried took minutes.
        String longest = "word ".repeat(40_000);
        CardRendering drawn = org.junit.jupiter.api.Assertions.assertTimeout(java.time.Duration.ofSeconds(20),
                () -> renderer.render(card("grey", CardLayout.BOTTOM_BAND), SQUARE, new CardText(longest, longest), "en",
                        null, null));
        assertThat(drawn.fit().headlineOverflows()).isTrue();
        assertThat(CardPixels.bounds(drawn.image(), CardPixels::accent).y).as("it reads from its first words at the top")
                .isLessThan(200);
    }

    @Test
    void aWordWiderThanTheCardIsSplitAndReported() {
        CardFit fit = renderer.fit(card("grey", CardLayout.CENTER), CardSize.custom("narrow", 300, 900),
                new CardText("Menschenrechtsschutzverpflichtungsgesetzgebung", null), "de", null);
        assertThat(fit.headlineOverflows()).isTrue();
    }

    @Test
    void storyTextAndLogoStayOutOfTheBandsThePlatformCovers() {
        String longHeadline = HEADLINE + " " + HEADLINE;
        String longSubline = SUBLINE + " " + SUBLINE + " " + SUBLINE;
        BufferedImage photo = solid(1200, 1200, new Color(0x336699));
        BufferedImage logo = solid(300, 100, Color.RED);
        for (CardLayout layout : CardLayout.values()) {
            for (String background : List.of("grey", "images/bg.jpg")) {
                Card card = card(background, layout);
                BufferedImage story = renderer.render(card, STORY, new CardText(longHeadline, longSubline), "en", photo, logo)
                        .image();
                for (int y = 0; y < STORY.safeTop(); y++) {
                    assertThat(CardPixels.uniformRow(story, y)).as(layout + " " + background + " row " + y).isTrue();
                }
                for (int y = STORY.height() - STORY.safeBottom(); y < STORY.height(); y++) {
                    assertThat(CardPixels.uniformRow(story, y)).as(layout + " " + background + " row " + y).isTrue();
                }
                // The same card without safe bands does put text or logo there, so the check above means something.
                BufferedImage unsafe = renderer.render(card, CardSize.custom("tall", 1080, 1920),
                        new CardText(longHeadline, longSubline), "en", photo, logo).image();
                boolean marked = false;
                for (int y = 0; y < STORY.safeTop(); y++) {
                    marked |= !CardPixels.uniformRow(unsafe, y);
                }
                for (int y = STORY.height() - STORY.safeBottom(); y < STORY.height(); y++) {
                    marked |= !CardPixels.uniformRow(unsafe, y);
                }
                assertThat(marked).as(layout + " " + background + " without safe bands").isTrue();
            }
        }
    }

    @Test
    void rightToLeftTextEndsAtTheRightMarginAndLeftToRightTextStartsAtTheLeft() {
        Card card = card("paper", CardLayout.BOTTOM_BAND);
        CardFrame frame = CardFrame.of(SQUARE);
        // Short headlines, so the lines do not fill the width and their side shows.
        Rectangle arabic = CardPixels.bounds(renderer.render(card, SQUARE,
                new CardText("لا معاهدة", null), "ar", null, null).image(), CardPixels::accent);
        Rectangle english = CardPixels.bounds(renderer.render(card, SQUARE, new CardText("No treaty", null), "en", null, null)
                .image(), CardPixels::accent);
        int rightMargin = (int) (SQUARE.width() - frame.marginX());
        assertThat(arabic.x + arabic.width).isBetween(rightMargin - 12, rightMargin + 1);
        assertThat(arabic.x).isGreaterThan((int) frame.marginX() + 40);
        assertThat(english.x).isBetween((int) frame.marginX() - 1, (int) frame.marginX() + 12);
        assertThat(english.x + english.width).isLessThan(rightMargin - 40);
    }

    @Test
    void textOnAPlainColourOrAPhotoReachesAaContrast() {
        // A white photo is the worst case for light text: the scrim must darken it enough.
        BufferedImage white = solid(1200, 1200, Color.WHITE);
        BufferedImage drawn = renderer.render(card("images/bg.jpg", CardLayout.CENTER), SQUARE,
                new CardText("Speak out", null), "en", white, null).image();
        Color behind = new Color(drawn.getRGB(5, 5));
        assertThat(Contrast.ratio(Color.WHITE, behind)).isGreaterThanOrEqualTo(Contrast.TEXT);
        // A pale brand colour gets dark text, not the paper white that would vanish on it.
        CardPalette palette = CardPalette.of(BRAND);
        CardPalette.TextColors onYellow = palette.textOn(List.of(new Color(0xF5B700)), true);
        assertThat(Contrast.ratio(onYellow.subline(), new Color(0xF5B700))).isGreaterThanOrEqualTo(Contrast.TEXT);
        assertThat(onYellow.headline()).isNotEqualTo(new Color(0xF5B700));
    }

    private static boolean red(int rgb) {
        return ((rgb >> 16) & 0xFF) > 180 && ((rgb >> 8) & 0xFF) < 70 && (rgb & 0xFF) < 70;
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static BufferedImage gradient(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, new Color(x * 255 / width, y * 255 / height, 128).getRGB());
            }
        }
        return image;
    }
}
