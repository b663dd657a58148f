package org.campaignkit.export.card;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import org.campaignkit.kit.Brand;
import org.campaignkit.kit.Card;
import org.campaignkit.kit.CardSize;
import org.campaignkit.text.fonts.FontBook;

/**
 * The one card renderer: the export writes what it draws and the app's preview shows it, so what
 * people see is what they export. It draws with Java2D into an image and touches no file and no
 * UI toolkit; images come in already decoded ({@link KitImages}). Thread-safe: cards of one kit
 * may be drawn in parallel.
 */
public final class CardRenderer {
    private final CardComposer composer;

    /** A renderer for one kit: its fonts (brand fonts first) and its brand colours. */
    public CardRenderer(FontBook fonts, Brand brand) {
        this.composer = new CardComposer(fonts, brand);
    }

    /**
     * Draws a card at a size.
     *
     * @param text the headline and subline in the card's language, placeholders filled
     * @param language the BCP 47 tag of the text, for line breaking, fonts and direction
     * @param background the decoded background picture, or null when the card uses a brand colour
     *     (or its picture is missing: the primary colour stands in)
     * @param logo the brand logo, transparent edges trimmed, or null for none
     */
    public CardRendering render(Card card, CardSize size, CardText text, String language, BufferedImage background,
            BufferedImage logo) {
        CardPlan plan = composer.compose(card, size, text, language, dimension(logo));
        BackgroundCrop crop = plan.photo() && background != null
                ? BackgroundCrop.of(plan, card, background.getWidth(), background.getHeight()) : null;
        return new CardRendering(CardPainter.paint(plan, background, crop, logo), plan.fit(), crop);
    }

    /** How the text fits at a size, without drawing: the type sizes and any overflow. */
    public CardFit fit(Card card, CardSize size, CardText text, String language, Dimension logo) {
        return composer.compose(card, size, text, language, logo).fit();
    }

    private static Dimension dimension(BufferedImage image) {
        return image == null ? null : new Dimension(image.getWidth(), image.getHeight());
    }
}
