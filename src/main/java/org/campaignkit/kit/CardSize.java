package org.campaignkit.kit;

import java.util.List;
import java.util.Optional;

/**
 * A card's pixel size, a preset from the kit format or a custom one. {@code safeTop} and
 * {@code safeBottom} are the bands a platform covers with its own interface (stories).
 */
public record CardSize(String name, int width, int height, int safeTop, int safeBottom) {
    /** Largest side a custom size may have: a YouTube banner is 2560 px; a 4096 px card still draws in a small heap. */
    public static final int MAX_SIDE = 4_096;

    public static final List<CardSize> PRESETS = List.of(
            new CardSize("instagram-square", 1080, 1080, 0, 0),
            new CardSize("instagram-portrait", 1080, 1350, 0, 0),
            new CardSize("story", 1080, 1920, 250, 340),
            new CardSize("x", 1600, 900, 0, 0),
            new CardSize("facebook", 1200, 630, 0, 0),
            new CardSize("linkedin", 1200, 627, 0, 0),
            new CardSize("bluesky", 1200, 675, 0, 0),
            new CardSize("og", 1200, 630, 0, 0));

    public static Optional<CardSize> preset(String name) {
        return PRESETS.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public static CardSize custom(String name, int width, int height) {
        return new CardSize(name, width, height, 0, 0);
    }
}
