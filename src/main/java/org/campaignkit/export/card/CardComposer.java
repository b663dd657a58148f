package org.campaignkit.export.card;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.campaignkit.kit.Brand;
import org.campaignkit.kit.Card;
import org.campaignkit.kit.CardSize;
import org.campaignkit.text.Scripts;
import org.campaignkit.text.fonts.FontBook;
import org.campaignkit.text.fonts.FontRole;

/**
 * Decides where a card's band, text, rule and logo go for its layout and size, fitting the text
 * on the way. Text and logo stay inside the safe area (a story's top and bottom bands stay
 * clear) and never overlap; the layout mirrors for right-to-left languages.
 */
final class CardComposer {
    /** Opacity of a band over a photo: a hint of the picture shows through, the text still reads. */
    private static final float BAND_OVER_IMAGE = 0.92f;

    private final FontBook fonts;
    private final Brand brand;
    private final CardPalette palette;

    CardComposer(FontBook fonts, Brand brand) {
        this.fonts = fonts;
        this.brand = brand;
        this.palette = CardPalette.of(brand);
    }

    /**
     * The plan of one card.
     *
     * @param logo the logo's size in pixels (its aspect is what matters), or null for no logo
     */
    CardPlan compose(Card card, CardSize size, CardText text, String language, Dimension logo) {
        CardFrame frame = CardFrame.of(size);
        Color plain = card.hasColorBackground(brand) ? CardPalette.named(brand, card.background()) : null;
        Request request = new Request(frame, Scripts.isRightToLeft(language), plain,
                StyledParagraph.of(text.headline(), FontRole.HEADING, true, language, fonts),
                StyledParagraph.of(text.subline(), FontRole.BODY, false, language, fonts), logo);
        return switch (card.layout()) {
            case CENTER -> center(request);
            case TOP -> top(request);
            case BOTTOM_BAND -> bottomBand(request);
        };
    }

    /** What the layouts share: the frame, direction, plain background colour (or null), the text and the logo. */
    private record Request(CardFrame frame, boolean rightToLeft, Color plain,
            List<StyledParagraph> headline, List<StyledParagraph> subline, Dimension logo) {
    }

    /** A brand band across the bottom holds the text; the logo sits in the top corner where the text starts. */
    private CardPlan bottomBand(Request r) {
        CardFrame f = r.frame();
        float alpha = r.plain() != null ? 1f : BAND_OVER_IMAGE;
        List<Color> surfaces = r.plain() != null ? List.of(palette.primary())
                : List.of(Contrast.over(palette.primary(), alpha, Color.WHITE),
                        Contrast.over(palette.primary(), alpha, Color.BLACK));
        if (CardPalette.worst(palette.readable(surfaces), surfaces) < Contrast.TEXT) {
            alpha = 1f;
            surfaces = List.of(palette.primary());
        }
        CardPalette.TextColors colors = palette.textOn(surfaces, true);
        float pad = f.margin();
        float width = f.width() - 2 * f.marginX();
        TextBlock block = fitText(r, colors, TextBlock.RulePlace.ABOVE, width, 0.5f * f.safeHeight() - 2 * pad, 0.10f);
        float top = startInView(f, block, f.safeBottom() - pad - block.height());
        TextBlock.Placed placed = block.place(f.marginX(), width, top, TextBlock.Alignment.START, r.rightToLeft(),
                colors.headline(), colors.subline());
        Logo logo = logo(r, true);
        if (block.height() == 0) {
            // No words: no band either, the picture fills the card.
            return plan(r, null, null, placed, colors, block, f.marginX(), top, width,
                    new Rectangle2D.Float(0, 0, f.width(), f.height()), logo);
        }
        float bandTop = Math.max(0, top - pad);
        return plan(r, new CardPlan.Band(new Rectangle2D.Float(0, bandTop, f.width(), f.height() - bandTop),
                palette.primary(), alpha), null, placed, colors, block, f.marginX(), top, width,
                new Rectangle2D.Float(0, 0, f.width(), bandTop), logo);
    }

    /** The text in the middle of the card on a dark scrim; the logo in the bottom corner where text starts. */
    private CardPlan center(Request r) {
        CardFrame f = r.frame();
        CardPlan.Scrim scrim = r.plain() == null ? new CardPlan.Scrim(scrimColor(), f.height(), f.height()) : null;
        List<Color> surfaces = List.of(r.plain() != null ? r.plain() : scrimColor());
        CardPalette.TextColors colors = palette.textOn(surfaces, r.plain() != null);
        Logo logo = logo(r, false);
        float reserved = f.margin() + (logo == null ? 0 : (float) logo.plate().getHeight() + f.margin());
        float width = f.width() - 2 * Math.max(f.marginX(), 0.1f * f.width());
        TextBlock block = fitText(r, colors, TextBlock.RulePlace.BETWEEN, width, f.safeHeight() - 2 * reserved, 0.12f);
        float top = startInView(f, block, (f.safeTop() + f.safeBottom()) / 2f - block.height() / 2);
        float left = (f.width() - width) / 2;
        TextBlock.Placed placed = block.place(left, width, top, TextBlock.Alignment.CENTER, r.rightToLeft(),
                colors.headline(), colors.subline());
        return plan(r, null, scrim, placed, colors, block, left, top, width,
                new Rectangle2D.Float(0, 0, f.width(), f.height()), logo);
    }

    /** The text across the top (darkened behind it on a photo); the logo in the bottom corner. */
    private CardPlan top(Request r) {
        CardFrame f = r.frame();
        List<Color> surfaces = List.of(r.plain() != null ? r.plain() : scrimColor());
        CardPalette.TextColors colors = palette.textOn(surfaces, r.plain() != null);
        Logo logo = logo(r, false);
        float reserved = f.margin() + (logo == null ? 0 : (float) logo.plate().getHeight() + f.margin());
        float width = f.width() - 2 * f.marginX();
        float top = f.safeTop() + f.margin();
        TextBlock block = fitText(r, colors, TextBlock.RulePlace.ABOVE, width, f.safeBottom() - reserved - top, 0.12f);
        TextBlock.Placed placed = block.place(f.marginX(), width, top, TextBlock.Alignment.START, r.rightToLeft(),
                colors.headline(), colors.subline());
        float textBottom = top + block.height();
        CardPlan.Scrim scrim = r.plain() == null
                ? new CardPlan.Scrim(scrimColor(), textBottom + f.margin(), textBottom + f.margin() + 0.3f * f.height())
                : null;
        float imageTop = Math.min(f.height() - 1, textBottom + f.margin());
        return plan(r, null, scrim, placed, colors, block, f.marginX(), top, width,
                new Rectangle2D.Float(0, imageTop, f.width(), f.height() - imageTop), logo);
    }

    /** The text fitted in a box, with the accent rule where the layout wants it if the colours call for one. */
    private TextBlock fitText(Request r, CardPalette.TextColors colors, TextBlock.RulePlace wanted, float width, float height,
            float headlineMax) {
        CardFrame f = r.frame();
        TextBlock.RulePlace rule = colors.rule() == null ? TextBlock.RulePlace.NONE : wanted;
        float thickness = f.units(0.012f);
        float ruleGap = f.units(0.04f);
        float gapEm = rule == TextBlock.RulePlace.BETWEEN ? 0.9f : 0.42f;
        TextFitter.Limits limits = new TextFitter.Limits(f.typeSize(headlineMax), f.typeSize(0.045f), f.typeSize(0.055f),
                f.typeSize(0.03f));
        float box = Math.max(0, height - TextBlock.ruleSpace(rule, thickness, ruleGap));
        TextFitter.Fitted fitted = TextFitter.fit(new TextFitter.Request(r.headline(), r.subline(), Math.max(1, width),
                box, limits, gapEm, f.height()));
        return new TextBlock(fitted, rule, thickness, f.units(0.11f), ruleGap);
    }

    private CardPlan plan(Request r, CardPlan.Band band, CardPlan.Scrim scrim, TextBlock.Placed placed,
            CardPalette.TextColors colors, TextBlock block, float left, float top, float width, Rectangle2D imageArea,
            Logo logo) {
        CardFrame f = r.frame();
        Rectangle2D textArea = new Rectangle2D.Float(left, top, width, block.height());
        Color background = r.plain() != null ? r.plain() : palette.primary();
        return new CardPlan(f.width(), f.height(), r.plain() == null, background, band, scrim, placed.rule(), colors.rule(),
                placed.lines(), textArea, imageArea, logo == null ? null : logo.plate(), palette.paper(),
                logo == null ? null : logo.image(), block.fit());
    }

    /**
     * Where a block starts: where its layout puts it, or, for text too long to fit, at the top of
     * the safe area so that it reads from its first word and runs off the bottom instead.
     */
    private static float startInView(CardFrame f, TextBlock block, float top) {
        return block.fit().overflows() ? Math.max(top, f.safeTop() + f.margin()) : top;
    }

    /** The dark layer for text on a photo: the brand's ink when it is dark enough, else black. */
    private Color scrimColor() {
        return Contrast.luminance(palette.ink()) < 0.02 ? palette.ink() : Color.BLACK;
    }

    /** The logo on a small paper-coloured plate, so it reads on any background. */
    private record Logo(Rectangle2D plate, Rectangle2D image) {
    }

    /** Places the logo at the top or bottom of the safe area, in the corner where text starts. */
    private Logo logo(Request r, boolean atTop) {
        Dimension size = r.logo();
        if (size == null || size.width <= 0 || size.height <= 0) {
            return null;
        }
        CardFrame f = r.frame();
        float height = f.units(0.07f);
        float pad = Math.max(1, Math.round(0.25f * height));
        float width = height * size.width / size.height;
        float maxWidth = 0.3f * f.width() - 2 * pad;
        if (width > maxWidth) {
            height = height * maxWidth / width;
            width = maxWidth;
        }
        float plateWidth = width + 2 * pad;
        float plateHeight = height + 2 * pad;
        float y = atTop ? f.safeTop() + f.margin() : f.safeBottom() - f.margin() - plateHeight;
        float x = r.rightToLeft() ? f.width() - f.marginX() - plateWidth : f.marginX();
        return new Logo(new Rectangle2D.Float(x, y, plateWidth, plateHeight),
                new Rectangle2D.Float(x + pad, y + pad, width, height));
    }
}
