package org.campaignkit.kit;

import java.util.List;

/**
 * An image card. The background is an image path inside the kit or a brand colour name;
 * {@code focusX}/{@code focusY} (0..1) is the point every crop keeps in view.
 */
public record Card(String id, String background, double focusX, double focusY, CardLayout layout,
        String headlineKey, String sublineKey, String altKey, List<CardSize> sizes) {

    public Card {
        sizes = List.copyOf(sizes);
    }

    /** True when the background names a brand colour rather than an image file. */
    public boolean hasColorBackground(Brand brand) {
        return brand.colors().containsKey(background);
    }

    public Card withFocus(double x, double y) {
        return new Card(id, background, x, y, layout, headlineKey, sublineKey, altKey, sizes);
    }

    /** The card on another background (an image path in the kit or a brand colour name), focused on its middle. */
    public Card withBackground(String newBackground) {
        return new Card(id, newBackground, 0.5, 0.5, layout, headlineKey, sublineKey, altKey, sizes);
    }

    public Card withLayout(CardLayout newLayout) {
        return new Card(id, background, focusX, focusY, newLayout, headlineKey, sublineKey, altKey, sizes);
    }
}
