package org.campaignkit.export.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.campaignkit.export.ExportContext;
import org.campaignkit.export.ExportOptions;
import org.campaignkit.export.OutputKind;
import org.campaignkit.export.PageSize;
import org.campaignkit.export.layout.Alignment;
import org.campaignkit.export.layout.DocumentLayout;
import org.campaignkit.export.layout.Paragraph;
import org.campaignkit.export.layout.ParagraphStyle;
import org.campaignkit.export.layout.Span;
import org.campaignkit.text.Scripts;

/**
 * The message sheet as a document (for the PDF and DOCX writers): a title, then per message and
 * platform a heading, the post exactly as published, and notes with its count, card and alt text.
 * Each paragraph takes its direction from its own text, so an Arabic post reads right to left
 * even next to a Latin message id.
 */
public final class MessageSheetLayout {
    /** The file name the document writers give the sheet: {@code <lang>/messages.pdf}. */
    public static final String ID = "messages";
    private static final String DEFAULT_INK = "#111111";

    private MessageSheetLayout() {
    }

    public static DocumentLayout of(MessageSheet sheet, ExportContext context) {
        SheetWords words = SheetWords.forLanguage(sheet.language());
        String language = sheet.language();
        List<Paragraph> paragraphs = new ArrayList<>();
        String title = words.title();
        paragraphs.add(paragraph(ParagraphStyle.TITLE, List.of(Span.plain(title)), language));
        for (MessageRow row : sheet.rows()) {
            paragraphs.add(note(ParagraphStyle.HEADING, words.get("heading", row.messageId(), row.platformName()), language));
            paragraphs.add(paragraph(ParagraphStyle.POST, postSpans(row), language));
            paragraphs.add(note(ParagraphStyle.NOTE, countLine(row, words), language));
            if (row.tooManyHashtags()) {
                paragraphs.add(note(ParagraphStyle.NOTE,
                        words.get("hashtags.over", row.hashtags(), row.platformName(), row.maxHashtags()), language));
            }
            if (row.cardFile() != null) {
                paragraphs.add(note(ParagraphStyle.NOTE, words.get("card", row.cardFile()), language));
            }
            if (row.altText() != null && !row.altText().isBlank()) {
                paragraphs.add(note(ParagraphStyle.NOTE, words.get("alt", row.altText()), language));
            }
        }
        Map<String, String> colors = context.kit().brand().colors();
        String ink = colors.getOrDefault("ink", DEFAULT_INK);
        String accent = colors.getOrDefault("primary", colors.getOrDefault("accent", ink));
        return new DocumentLayout(ID, OutputKind.MESSAGE_SHEET, title, language, sheet.direction(),
                page(context.options(), language),
                context.kit().brand().logo(), accent, ink, paragraphs);
    }

    /** The paper the person chose, else the custom of the language's region. */
    static PageSize page(ExportOptions options, String language) {
        return options.pageSize() != null ? options.pageSize() : PageSize.forLanguage(language);
    }

    /** "X: 245 / 280", and how much too long when it is. */
    static String countLine(MessageRow row, SheetWords words) {
        if (!row.hasLimit()) {
            return words.get("count.unlimited", row.platformName(), row.count());
        }
        String line = words.get("count", row.platformName(), row.count(), row.limit());
        return row.overLimit() ? line + " — " + words.get("over", row.count() - row.limit()) : line;
    }

    /** The post as plain text, with the message's link made a real link wherever it appears. */
    static List<Span> postSpans(MessageRow row) {
        String post = row.post();
        String link = row.link();
        if (link == null || link.isEmpty() || !post.contains(link)) {
            return List.of(Span.plain(post));
        }
        List<Span> spans = new ArrayList<>();
        int from = 0;
        for (int at = post.indexOf(link); at >= 0; at = post.indexOf(link, from)) {
            if (at > from) {
                spans.add(Span.plain(post.substring(from, at)));
            }
            spans.add(new Span(link, false, false, link));
            from = at + link.length();
        }
        if (from < post.length()) {
            spans.add(Span.plain(post.substring(from)));
        }
        return spans;
    }

    private static Paragraph note(ParagraphStyle style, String text, String language) {
        return paragraph(style, List.of(Span.plain(text)), language);
    }

    private static Paragraph paragraph(ParagraphStyle style, List<Span> spans, String language) {
        StringBuilder text = new StringBuilder();
        spans.forEach(s -> text.append(s.text()));
        return new Paragraph(style, Scripts.direction(text.toString(), language), Alignment.START, spans);
    }
}
