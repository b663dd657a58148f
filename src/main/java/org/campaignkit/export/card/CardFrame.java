package org.campaignkit.export.card;

import org.campaignkit.kit.CardSize;

/**
 * The proportions every card is measured in: its size, the band a platform covers with its own
 * buttons (stories), the unit all sizes scale with (the short side of the safe area) and the
 * margins. Keeping them in one place is what makes a 1500 x 500 header and a story look like
 * the same design.
 */
record CardFrame(int width, int height, int safeTop, int safeBottom, float unit, float margin, float marginX) {
    /** Beyond this ratio of long to short side, a banner's type may outgrow its short side a little. */
    private static final float BANNER_ASPECT = 2.3f;
    private static final float MAX_BANNER_TYPE = 1.3f;

    static CardFrame of(CardSize size) {
        int width = Math.max(1, size.width());
        int height = Math.max(1, size.height());
        int top = Math.max(0, size.safeTop());
        int bottom = height - Math.max(0, size.safeBottom());
        if (bottom - top < height / 4) {
            // Safe bands that leave almost nothing are ignored rather than squeezing the text to nothing.
            top = 0;
            bottom = height;
        }
        float unit = Math.min(width, bottom - top);
        float margin = Math.max(1f, Math.round(0.065f * unit));
        float marginX = Math.max(margin, Math.round(0.045f * width));
        return new CardFrame(width, height, top, bottom, unit, margin, marginX);
    }

    /** Height of the area text and logo may use. */
    float safeHeight() {
        return safeBottom - safeTop;
    }

    /**
     * What type sizes scale with: the unit, or a bit more on a banner (1500 x 500), whose long
     * lines leave room that type sized by its short side alone would waste.
     */
    float typeUnit() {
        float safe = safeHeight();
        float aspect = Math.max(width, safe) / Math.min(width, safe);
        return unit * Math.min(MAX_BANNER_TYPE, Math.max(1f, aspect / BANNER_ASPECT));
    }

    /** A type size as a share of the type unit: whole pixels on a normal card, exact on a tiny one. */
    float typeSize(float share) {
        float size = share * typeUnit();
        return size >= 8 ? Math.round(size) : size;
    }

    /** A length as a share of the unit, in whole pixels, never below one pixel. */
    float units(float share) {
        return Math.max(1f, Math.round(share * unit));
    }
}
