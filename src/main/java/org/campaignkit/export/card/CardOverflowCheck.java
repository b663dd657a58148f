package org.campaignkit.export.card;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campaignkit.export.LocalText;
import org.campaignkit.export.LocalizedTexts;
import org.campaignkit.kit.Card;
import org.campaignkit.kit.CardSize;
import org.campaignkit.kit.Finding;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.KitReader;
import org.campaignkit.kit.Severity;
import org.campaignkit.kit.source.KitFiles;
import org.campaignkit.text.fonts.FontBook;

/**
 * Fits every card's text at every size in every language, as the export would, and reports text
 * that does not fit even in the smallest type allowed ({@code text-overflow}), naming the card,
 * the sizes and what to do. Translations run longer than their source, so this is checked per
 * language; {@code check} and the export both ask here.
 */
public final class CardOverflowCheck {
    public static final String CODE = "text-overflow";

    private CardOverflowCheck() {
    }

    /**
     * @param values the variable values the person set (the kit's own fill the rest)
     * @param languages the languages to check; text that falls back to the source language is
     *     checked there, not reported again here
     */
    public static List<Finding> check(Kit kit, KitFiles files, FontBook fonts, Map<String, String> values,
            Collection<String> languages) {
        CardRenderer renderer = new CardRenderer(fonts, kit.brand());
        Dimension logo = logoSize(kit, files);
        // Languages are independent: fit them on the machine's cores, then report in the asked order.
        return languages.parallelStream()
                .map(language -> checkLanguage(kit, renderer, logo, values, language))
                .flatMap(List::stream)
                .toList();
    }

    private static String message(Card card, String part, List<CardSize> sizes) {
        List<String> named = sizes.stream().map(s -> s.name() + " (" + s.width() + " x " + s.height() + ")").toList();
        boolean one = named.size() == 1;
        return "the " + part + " of card \"" + card.id() + "\" does not fit at " + String.join(", ", named)
                + " even in the smallest type; shorten the " + part + ", or take " + (one ? "that size" : "those sizes")
                + " out of the card.";
    }

    /** One language's cards at every size; findings in card order. */
    private static List<Finding> checkLanguage(Kit kit, CardRenderer renderer, Dimension logo, Map<String, String> values,
            String language) {
        List<Finding> findings = new ArrayList<>();
        LocalizedTexts texts = LocalizedTexts.of(kit, language, values, true);
        for (Card card : kit.cards()) {
            LocalText headline = texts.get(card.headlineKey());
            LocalText subline = texts.get(card.sublineKey());
            CardText text = new CardText(headline == null ? null : headline.text(),
                    subline == null ? null : subline.text());
            Map<String, List<CardSize>> overflowing = new LinkedHashMap<>();
            for (CardSize size : card.sizes()) {
                CardFit fit = renderer.fit(card, size, text, language, logo);
                if (fit.headlineOverflows() && !headline.fallback()) {
                    overflowing.computeIfAbsent("headline", k -> new ArrayList<>()).add(size);
                }
                if (fit.sublineOverflows() && !subline.fallback()) {
                    overflowing.computeIfAbsent("subline", k -> new ArrayList<>()).add(size);
                }
            }
            overflowing.forEach((part, sizes) -> findings.add(new Finding(Severity.ERROR, CODE, language,
                    part.equals("headline") ? card.headlineKey() : card.sublineKey(), KitReader.textsPath(language),
                    message(card, part, sizes))));
        }
        return findings;
    }

    /** The logo takes room from the text, so the check places it too; a broken logo is preflight's to report. */
    private static Dimension logoSize(Kit kit, KitFiles files) {
        if (kit.brand().logo() == null) {
            return null;
        }
        try {
            BufferedImage logo = new KitImages(files).logo(kit.brand().logo());
            return new Dimension(logo.getWidth(), logo.getHeight());
        } catch (IOException e) {
            return null;
        }
    }
}
