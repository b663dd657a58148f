package org.campaignkit.export.card;

/**
 * How a card's text was fitted: the type sizes used (pixels; 0 for a text the card does not
 * have) and whether the headline or the subline did not fit even at the smallest size allowed.
 * Overflowing text is still drawn whole, never clipped, so a person sees what to shorten.
 */
public record CardFit(float headlineSize, float sublineSize, boolean headlineOverflows, boolean sublineOverflows) {

    /** True when some text did not fit its box. */
    public boolean overflows() {
        return headlineOverflows || sublineOverflows;
    }
}
