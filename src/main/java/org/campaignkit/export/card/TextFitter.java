package org.campaignkit.export.card;

import java.util.List;

/**
 * Finds the largest type that fits a card's text box: the headline as big as it can be between
 * its largest and smallest size, the subline in proportion to it. When even the smallest sizes
 * do not fit, the text is set at those sizes anyway and the fit says what overflowed.
 */
final class TextFitter {
    /** A subline is this much of the headline's size, within its own limits. */
    static final float SUBLINE_RATIO = 0.44f;
    /** Most lines a headline is set in when a somewhat smaller size allows it. */
    private static final int PREFERRED_LINES = 3;

    private TextFitter() {
    }

    /** The type sizes a card allows, in pixels. */
    record Limits(float headlineMax, float headlineMin, float sublineMax, float sublineMin) {
        float sublineFor(float headline) {
            return Math.max(sublineMin, Math.min(sublineMax, headline * SUBLINE_RATIO));
        }

        /** Sizes are tried in whole pixels, or quarter pixels on a tiny card. */
        float step() {
            return headlineMin >= 8 ? 1f : 0.25f;
        }
    }

    /**
     * The text to fit and its box: the gap between headline and subline is in ems of the headline;
     * {@code visible} is the card's height, beyond which overflowing text need not be set.
     */
    record Request(List<StyledParagraph> headline, List<StyledParagraph> subline, float width, float height,
            Limits limits, float gapEm, float visible) {
    }

    /** The set text: both parts, the gap between them, and the fit to report. */
    record Fitted(TextPart headline, TextPart subline, float gap, CardFit fit) {
        float height() {
            float gapIfBoth = headline.isEmpty() || subline.isEmpty() ? 0 : gap;
            return headline.height() + gapIfBoth + subline.height();
        }
    }

    static Fitted fit(Request request) {
        Limits limits = request.limits();
        float step = limits.step();
        // Largest headline size (and the subline with it) that fits.
        int steps = (int) Math.floor((limits.headlineMax() - limits.headlineMin()) / step);
        int found = largest(0, steps, i -> fits(request, headlineAt(limits, i), limits.sublineFor(headlineAt(limits, i))));
        if (found >= 0) {
            float headline = headlineAt(limits, fewerLines(request, limits, atMostThreeLines(request, limits, found)));
            return set(request, headline, limits.sublineFor(headline));
        }
        // The headline is at its smallest; make the subline smaller before giving up.
        float headline = limits.headlineMin();
        float sublineTop = limits.sublineFor(headline);
        int sublineSteps = (int) Math.floor((sublineTop - limits.sublineMin()) / step);
        int foundSubline = largest(0, sublineSteps, i -> fits(request, headline,
                size(limits.sublineMin(), step, i, sublineTop)));
        if (foundSubline >= 0) {
            return set(request, headline, size(limits.sublineMin(), step, foundSubline, sublineTop));
        }
        TextPart alone = TextPart.of(request.headline(), headline, request.width(), true, false,
                mostLines(request.height(), headline));
        boolean headlineOverflows = !request.headline().isEmpty()
                && (alone.tooWide() || alone.cut() || alone.height() > request.height());
        TextPart subline = TextPart.of(request.subline(), limits.sublineMin(), request.width(), false, false,
                mostLines(request.height(), limits.sublineMin()));
        boolean sublineOverflows = !request.subline().isEmpty() && (!headlineOverflows || subline.tooWide());
        return overflowing(request, headline, limits.sublineMin(), headlineOverflows, sublineOverflows);
    }

    /** More lines than could fit a height at a size: every line takes more than its size. */
    private static int mostLines(float height, float size) {
        return (int) Math.min(Integer.MAX_VALUE - 2, Math.floor(height / size)) + 2;
    }

    /** Text that does not fit, set first-fit at the smallest sizes as far as the card shows it. */
    private static Fitted overflowing(Request request, float headline, float subline, boolean headlineOverflows,
            boolean sublineOverflows) {
        int visible = mostLines(request.visible(), Math.min(headline, subline));
        TextPart head = TextPart.of(request.headline(), headline, request.width(), true, false, visible);
        TextPart sub = TextPart.of(request.subline(), subline, request.width(), false, false, visible);
        return fitted(request, head, sub, headline, subline, headlineOverflows, sublineOverflows);
    }

    /** The i-th size from the smallest, the last step landing exactly on the largest. */
    private static float size(float min, float step, int i, float max) {
        return Math.min(max, min + i * step);
    }

    private static float headlineAt(Limits limits, int i) {
        return size(limits.headlineMin(), limits.step(), i, limits.headlineMax());
    }

    /**
     * A headline of many short lines (a long Russian headline in a portrait card at the largest
     * size) reads as a wall of words: up to 30% smaller type is worth keeping it to three lines.
     */
    private static int atMostThreeLines(Request request, Limits limits, int found) {
        if (headlineLines(request, headlineAt(limits, found)) <= PREFERRED_LINES) {
            return found;
        }
        float lowest = Math.max(limits.headlineMin(), headlineAt(limits, found) * 0.7f);
        int low = (int) Math.ceil((lowest - limits.headlineMin()) / limits.step());
        int better = largest(low, found - 1, i -> headlineLines(request, headlineAt(limits, i)) <= PREFERRED_LINES);
        return better >= 0 ? better : found;
    }

    /**
     * A headline a little smaller (at most an eighth) when that saves it a line: two full lines
     * read better than three with a word or two on each, which is how a designer would set it.
     */
    private static int fewerLines(Request request, Limits limits, int found) {
        int lines = headlineLines(request, headlineAt(limits, found));
        if (lines < 2) {
            return found;
        }
        float lowest = Math.max(limits.headlineMin(), headlineAt(limits, found) * 0.875f);
        int low = (int) Math.ceil((lowest - limits.headlineMin()) / limits.step());
        int better = largest(low, found - 1, i -> headlineLines(request, headlineAt(limits, i)) < lines);
        return better >= 0 ? better : found;
    }

    private static int headlineLines(Request request, float size) {
        return TextPart.of(request.headline(), size, request.width(), true, false, mostLines(request.height(), size))
                .lines().size();
    }

    /**
     * The largest index in [low, high] that passes, by bisection, for tests that only get harder
     * as the index (the type size) grows; -1 when even {@code low} fails.
     */
    private static int largest(int low, int high, java.util.function.IntPredicate passes) {
        if (low > high || !passes.test(low)) {
            return -1;
        }
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (passes.test(middle)) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    private static boolean fits(Request request, float headline, float subline) {
        TextPart head = TextPart.of(request.headline(), headline, request.width(), true, false,
                mostLines(request.height(), headline));
        TextPart sub = TextPart.of(request.subline(), subline, request.width(), false, false,
                mostLines(request.height(), subline));
        Fitted fitted = fitted(request, head, sub, headline, subline, false, false);
        return !head.tooWide() && !head.cut() && !sub.tooWide() && !sub.cut() && fitted.height() <= request.height();
    }

    /** The final setting of text that fits: balanced lines, unless balancing made it taller than its box. */
    private static Fitted set(Request request, float headline, float subline) {
        Fitted balanced = fitted(request, TextPart.of(request.headline(), headline, request.width(), true, true),
                TextPart.of(request.subline(), subline, request.width(), false, true), headline, subline, false, false);
        if (balanced.height() <= request.height()) {
            return balanced;
        }
        return fitted(request, TextPart.of(request.headline(), headline, request.width(), true, false),
                TextPart.of(request.subline(), subline, request.width(), false, false), headline, subline, false, false);
    }

    private static Fitted fitted(Request request, TextPart head, TextPart sub, float headline, float subline,
            boolean headlineOverflows, boolean sublineOverflows) {
        CardFit fit = new CardFit(head.isEmpty() ? 0 : headline, sub.isEmpty() ? 0 : subline, headlineOverflows,
                sublineOverflows);
        return new Fitted(head, sub, request.gapEm() * headline, fit);
    }
}
