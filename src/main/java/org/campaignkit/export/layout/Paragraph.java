package org.campaignkit.export.layout;

import java.util.List;
import org.campaignkit.text.TextDirection;

/**
 * One paragraph of a laid-out document: a named style, its direction (from its own first strong
 * letter, so an English name in an Arabic release still reads right), alignment, and its spans.
 * A line break inside a paragraph is a "\n" in a span (contact blocks, addresses, posts).
 */
public record Paragraph(ParagraphStyle style, TextDirection direction, Alignment alignment, List<Span> spans) {
    public Paragraph {
        spans = List.copyOf(spans);
    }

    public String plainText() {
        StringBuilder sb = new StringBuilder();
        spans.forEach(s -> sb.append(s.text()));
        return sb.toString();
    }
}
