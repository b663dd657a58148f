package org.campaignkit.export.sheet;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campaignkit.kit.Card;
import org.campaignkit.kit.CardSize;

/**
 * Which of a card's sizes goes with a post on each platform, and that image's file name as the
 * card exporter writes it ({@code cards/<card-id>-<size>.png}). When a card lacks the platform's
 * own size, the nearest shape it has is used (a 16:9 X image on Bluesky, the 1.91:1 Open Graph
 * image on Facebook), and only then its first size.
 */
public final class CardFileNames {
    /** Per platform, sizes in order of preference: its own first, then sizes of nearly the same shape. */
    private static final Map<String, List<String>> PREFERRED = Map.of(
            "x", List.of("x", "bluesky", "facebook", "og", "linkedin"),
            "bluesky", List.of("bluesky", "x", "facebook", "og", "linkedin"),
            "mastodon", List.of("bluesky", "x", "facebook", "og", "linkedin"),
            "facebook", List.of("facebook", "og", "linkedin"),
            "linkedin", List.of("linkedin", "facebook", "og"),
            "instagram", List.of("instagram-square", "instagram-portrait"),
            "threads", List.of("instagram-square", "instagram-portrait"));

    private CardFileNames() {
    }

    /** The size of a card to post on a platform; empty only for a card without sizes. */
    public static Optional<CardSize> sizeFor(Card card, String platformId) {
        for (String name : PREFERRED.getOrDefault(platformId, List.of())) {
            Optional<CardSize> size = card.sizes().stream().filter(s -> s.name().equals(name)).findFirst();
            if (size.isPresent()) {
                return size;
            }
        }
        return card.sizes().stream().findFirst();
    }

    /** "cards/safeguards-x.png": where the card image for a platform is, relative to the language folder. */
    public static Optional<String> fileFor(Card card, String platformId, String extension) {
        return sizeFor(card, platformId).map(size -> fileName(card, size, extension));
    }

    public static String fileName(Card card, CardSize size, String extension) {
        return "cards/" + card.id() + "-" + size.name() + "." + extension;
    }
}
