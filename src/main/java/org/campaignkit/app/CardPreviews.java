package org.campaignkit.app;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.campaignkit.export.LocalizedTexts;
import org.campaignkit.export.card.BackgroundCrop;
import org.campaignkit.export.card.CardRenderer;
import org.campaignkit.export.card.CardText;
import org.campaignkit.export.card.KitImages;
import org.campaignkit.kit.Card;
import org.campaignkit.kit.CardSize;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.KitFormatException;
import org.campaignkit.kit.source.KitFiles;

/**
 * Draws card previews with the very renderer the export uses, so what a person sees is what they
 * export. Keeps the kit's files open and its decoded pictures, so typing does not re-read images.
 */
final class CardPreviews implements AutoCloseable {
    private final KitFiles files;
    private final KitImages images;
    private final BrandFontCache fonts;

    private CardPreviews(KitFiles files, BrandFontCache fonts) {
        this.files = files;
        this.images = new KitImages(files);
        this.fonts = fonts;
    }

    /** Opens the kit's files, with the files added to it, for previews; null when they cannot be opened (no previews then). */
    static CardPreviews open(Path location, BrandFontCache fonts, KitAdditions additions) {
        try {
            return new CardPreviews(additions.over(KitFiles.open(location)), fonts);
        } catch (KitFormatException e) {
            return null;
        }
    }

    /**
     * A drawn card and a line about it (size, and whether the text fits); the card as drawn, the
     * size, and the part of its picture shown (null for a brand colour), to map clicks back.
     */
    record Preview(BufferedImage image, String note, Card card, CardSize size, BackgroundCrop crop) {
    }

    /** Whether the card's text fits at one of its sizes. */
    record SizeFit(CardSize size, boolean fits) {
    }

    /**
     * The card at a size (its first when null or not one of its sizes), in a language; missing
     * text falls back to the source, as an export may.
     */
    synchronized Preview draw(Kit kit, String cardId, String language, CardSize wanted) throws IOException {
        Card card = card(kit, cardId);
        CardSize size = wanted != null && card.sizes().contains(wanted) ? wanted : card.sizes().get(0);
        BufferedImage background = card.hasColorBackground(kit.brand()) ? null : images.background(card.background());
        BufferedImage logo = kit.brand().logo() == null ? null : images.logo(kit.brand().logo());
        var rendering = new CardRenderer(fonts.fontsFor(kit, files), kit.brand())
                .render(card, size, text(kit, card, language), language, background, logo);
        boolean overflow = rendering.fit().headlineOverflows() || rendering.fit().sublineOverflows();
        return new Preview(rendering.image(), Ui.text(overflow ? "card.fits.no" : "card.fits.yes", size.name(),
                String.valueOf(size.width()), String.valueOf(size.height())), card, size, rendering.crop());
    }

    /** Whether the text fits at each of the card's sizes, in its order, measured without drawing (its parts are thread-safe). */
    List<SizeFit> fits(Kit kit, String cardId, String language) throws IOException {
        Card card = card(kit, cardId);
        BufferedImage logo = kit.brand().logo() == null ? null : images.logo(kit.brand().logo());
        Dimension logoSize = logo == null ? null : new Dimension(logo.getWidth(), logo.getHeight());
        CardRenderer renderer = new CardRenderer(fonts.fontsFor(kit, files), kit.brand());
        CardText text = text(kit, card, language);
        return card.sizes().stream()
                .map(size -> new SizeFit(size, !renderer.fit(card, size, text, language, logoSize).overflows())).toList();
    }

    private static Card card(Kit kit, String cardId) throws IOException {
        return kit.card(cardId).orElseThrow(() -> new IOException(Ui.text("card.unknown", cardId)));
    }

    private static CardText text(Kit kit, Card card, String language) {
        LocalizedTexts texts = LocalizedTexts.of(kit, language, Map.of(), true);
        return new CardText(texts.text(card.headlineKey()), texts.text(card.sublineKey()));
    }

    @Override
    public void close() {
        files.close();
    }
}
