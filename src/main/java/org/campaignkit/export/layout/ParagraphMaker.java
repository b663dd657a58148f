package org.campaignkit.export.layout;

import java.util.ArrayList;
import java.util.List;
import org.campaignkit.text.InlineMarkup;
import org.campaignkit.text.Run;
import org.campaignkit.text.TextDirection;

/** Makes paragraphs: inline markup ({@code **bold**}, {@code _italic_}, links) into spans. */
final class ParagraphMaker {
    private ParagraphMaker() {
    }

    /** A part of a kit string, its markup turned into spans. */
    static Paragraph marked(ParagraphStyle style, KitText.Part part, Alignment alignment) {
        return marked(style, part.text(), part.direction(), alignment);
    }

    static Paragraph marked(ParagraphStyle style, String text, TextDirection direction, Alignment alignment) {
        List<Span> spans = new ArrayList<>();
        for (Run run : InlineMarkup.parse(text)) {
            spans.add(new Span(run.text(), run.bold(), run.italic(), run.link()));
        }
        return new Paragraph(style, direction, alignment, spans);
    }

    /** Text taken as it is (convention words, values), in one span. */
    static Paragraph plain(ParagraphStyle style, String text, TextDirection direction, Alignment alignment) {
        return new Paragraph(style, direction, alignment, List.of(Span.plain(text)));
    }
}
