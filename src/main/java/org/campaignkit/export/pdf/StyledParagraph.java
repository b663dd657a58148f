package org.campaignkit.export.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.campaignkit.export.layout.Paragraph;
import org.campaignkit.export.layout.Span;
import org.campaignkit.text.fonts.FontBook;
import org.campaignkit.text.fonts.FontRun;

/**
 * A paragraph flattened to one string and cut into segments of one face each: spans give bold,
 * italic and links; the FontBook splits each span further by which font covers which letters.
 */
final class StyledParagraph {
    private final String text;
    private final char[] chars;
    private final List<Segment> segments;

    private StyledParagraph(String text, List<Segment> segments) {
        this.text = text;
        this.chars = text.toCharArray();
        this.segments = segments;
    }

    /** The text as the array Java2D shapes from (shared, never modified). */
    char[] chars() {
        return chars;
    }

    static StyledParagraph of(Paragraph paragraph, TextStyle style, FontBook fonts, String language, Color linkColor) {
        StringBuilder text = new StringBuilder();
        List<Segment> segments = new ArrayList<>();
        for (Span span : paragraph.spans()) {
            boolean bold = style.bold() || span.bold();
            boolean italic = style.italic() || span.italic();
            Color color = span.link() != null ? linkColor : style.color();
            for (FontRun run : fonts.runs(span.text(), style.role(), bold, italic, language)) {
                int start = text.length();
                text.append(run.text());
                segments.add(new Segment(start, text.length(), run.face(), style.size(), color, run.syntheticBold(),
                        run.syntheticItalic(), span.link()));
            }
        }
        return new StyledParagraph(text.toString(), List.copyOf(segments));
    }

    String text() {
        return text;
    }

    List<Segment> segments() {
        return segments;
    }
}
