package org.campaignkit.export.card;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The fitted headline and subline stacked into one block, with the accent rule above the
 * headline (a band or the top of a card) or between headline and subline (a centred card).
 */
final class TextBlock {
    private final TextFitter.Fitted fitted;
    private final RulePlace rulePlace;
    private final float ruleThickness;
    private final float ruleLength;
    private final float ruleGap;

    /** Where the accent rule goes, if the card has one. */
    enum RulePlace { NONE, ABOVE, BETWEEN }

    /** How lines sit in the block's width. */
    enum Alignment { START, CENTER }

    /** The placed lines and the rule's rectangle (null without a rule). */
    record Placed(List<CardPlan.PlacedLine> lines, Rectangle2D rule) {
    }

    TextBlock(TextFitter.Fitted fitted, RulePlace rulePlace, float ruleThickness, float ruleLength, float ruleGap) {
        this.fitted = fitted;
        boolean both = !fitted.headline().isEmpty() && !fitted.subline().isEmpty();
        boolean any = !fitted.headline().isEmpty() || !fitted.subline().isEmpty();
        this.rulePlace = rulePlace == RulePlace.BETWEEN && !both || !any ? RulePlace.NONE : rulePlace;
        this.ruleThickness = ruleThickness;
        this.ruleLength = ruleLength;
        this.ruleGap = ruleGap;
    }

    /** Room the rule takes above the headline, to leave out of the box the text is fitted in. */
    static float ruleSpace(RulePlace place, float thickness, float gap) {
        return place == RulePlace.ABOVE ? thickness + gap : 0;
    }

    CardFit fit() {
        return fitted.fit();
    }

    float height() {
        return ruleSpace(rulePlace, ruleThickness, ruleGap) + fitted.height();
    }

    /**
     * Lines placed from {@code top} within {@code [left, left + width]}. Start alignment follows
     * each line's own direction: right-to-left paragraphs end at the right edge.
     */
    Placed place(float left, float width, float top, Alignment alignment, boolean rightToLeft, Color headline,
            Color subline) {
        List<CardPlan.PlacedLine> lines = new ArrayList<>();
        Rectangle2D rule = null;
        float y = top;
        if (rulePlace == RulePlace.ABOVE) {
            rule = ruleAt(left, width, y, alignment, rightToLeft);
            y += ruleThickness + ruleGap;
        }
        TextPart head = fitted.headline();
        y = placePart(head, left, width, y, alignment, headline, lines);
        if (!head.isEmpty() && !fitted.subline().isEmpty()) {
            if (rulePlace == RulePlace.BETWEEN) {
                rule = ruleAt(left, width, y + (fitted.gap() - ruleThickness) / 2, alignment, rightToLeft);
            }
            y += fitted.gap();
        }
        placePart(fitted.subline(), left, width, y, alignment, subline, lines);
        return new Placed(lines, rule);
    }

    private static float placePart(TextPart part, float left, float width, float top, Alignment alignment, Color color,
            List<CardPlan.PlacedLine> out) {
        if (part.isEmpty()) {
            return top;
        }
        float baseline = top + part.top();
        for (TextPart.Line line : part.lines()) {
            float advance = line.layout().getAdvance();
            float x = alignment == Alignment.CENTER ? left + (width - advance) / 2
                    : line.rightToLeft() ? left + width - advance : left;
            out.add(new CardPlan.PlacedLine(line.layout(), x, baseline, color));
            baseline += part.pitch();
        }
        return top + part.height();
    }

    private Rectangle2D ruleAt(float left, float width, float y, Alignment alignment, boolean rightToLeft) {
        float x = alignment == Alignment.CENTER ? left + (width - ruleLength) / 2
                : rightToLeft ? left + width - ruleLength : left;
        return new Rectangle2D.Float(x, y, ruleLength, ruleThickness);
    }
}
