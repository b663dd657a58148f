package org.campaignkit.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.campaignkit.export.LocalizedTexts;
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

    /** Opens the kit's files for previews, or null when they cannot be opened (no previews then). */
    static CardPreviews open(Path location, BrandFontCache fonts) {
        try {
            return new CardPreviews(KitFiles.open(location), fonts);
        } catch (KitFormatException e) {
            return null;
        }
    }

    /** A drawn card and a line about it (size, and whether the text fits). */
    record Preview(BufferedImage image, String note) {
    }

    /** The card at its first size, in a language; missing text falls back to the source, as an export may. */
    synchronized Preview draw(Kit kit, String cardId, String language) throws IOException {
        Card card = kit.card(cardId).orElseThrow(() -> new IOException("The kit has no card \"" + cardId + "\"."));
        CardSize size = card.sizes().get(0);
        LocalizedTexts texts = LocalizedTexts.of(kit, language, Map.of(), true);
        CardText text = new CardText(texts.text(card.headlineKey()), texts.text(card.sublineKey()));
        BufferedImage background = card.hasColorBackground(kit.brand()) ? null : images.background(card.background());
        BufferedImage logo = kit.brand().logo() == null ? null : images.logo(kit.brand().logo());
        var rendering = new CardRenderer(fonts.fontsFor(kit, files), kit.brand())
                .render(card, size, text, language, background, logo);
        boolean overflow = rendering.fit().headlineOverflows() || rendering.fit().sublineOverflows();
        return new Preview(rendering.image(), size.name() + " · " + size.width() + " × " + size.height()
                + (overflow ? " · the text does not fit: shorten it" : " · the text fits"));
    }

    @Override
    public void close() {
        files.close();
    }
}
