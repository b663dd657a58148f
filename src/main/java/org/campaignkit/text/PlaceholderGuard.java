package org.campaignkit.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Keeps {@code {{placeholders}}} whole while a person edits a translation: an edit that would
 * change part of one (type inside it, delete one brace) is refused, so a slip of the keyboard
 * cannot turn {@code {{organization}}} into text that prints as it stands. Removing a whole
 * placeholder, by selecting all of it, stays possible.
 */
public final class PlaceholderGuard {
    private PlaceholderGuard() {
    }

    /** Where a placeholder stands in a text: [start, end). */
    public record Span(int start, int end, String name) {
    }

    /** Every placeholder in a text, in order. */
    public static List<Span> spans(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher m = Placeholders.PATTERN.matcher(text);
        while (m.find()) {
            spans.add(new Span(m.start(), m.end(), m.group(1)));
        }
        return spans;
    }

    /**
     * The placeholder an edit replacing [start, end) of {@code text} would break, or null when the
     * edit leaves every placeholder whole or removes it entirely.
     */
    public static Span broken(String text, int start, int end) {
        for (Span span : spans(text)) {
            boolean insertsInside = start == end && start > span.start() && start < span.end();
            boolean overlaps = start < span.end() && end > span.start();
            boolean coversWhole = start <= span.start() && end >= span.end();
            if (insertsInside || (overlaps && !coversWhole)) {
                return span;
            }
        }
        return null;
    }
}
