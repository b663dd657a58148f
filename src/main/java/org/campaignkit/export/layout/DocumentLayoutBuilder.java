package org.campaignkit.export.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.campaignkit.export.ExportContext;
import org.campaignkit.export.ExportOptions;
import org.campaignkit.export.LocalizedTexts;
import org.campaignkit.export.OutputKind;
import org.campaignkit.export.PageSize;
import org.campaignkit.kit.Block;
import org.campaignkit.kit.Brand;
import org.campaignkit.kit.Document;
import org.campaignkit.kit.DocumentType;
import org.campaignkit.text.InlineMarkup;
import org.campaignkit.text.Run;

/**
 * Lays a kit document out once for one language: its blocks as styled paragraphs, with the
 * conventions its type brings (a press release's release line and end mark, a letter's sender,
 * date, recipient, subject, salutation, closing and signature), the page, and the brand. The
 * DOCX and PDF writers only render the result. A paragraph's direction comes from the words its
 * translator wrote, and a value that runs the other way is set between LRM/RLM marks (see
 * {@link KitText}); writers pass those invisible marks on to their bidi algorithm.
 */
public final class DocumentLayoutBuilder {
    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final String DEFAULT_INK = "#111111";

    /**
     * The layout of {@code document} in the language of {@code texts}. Strings come through
     * {@code texts}, so a missing translation throws or, when allowed, marks the file as fallback.
     */
    public DocumentLayout build(ExportContext context, LocalizedTexts texts, Document document) {
        return locate(context, texts, document).layout();
    }

    /**
     * A layout and where each block of its document begins in it: the index of the block's first
     * paragraph (for a block that makes none, that of whatever follows it).
     */
    public record Located(DocumentLayout layout, List<Integer> blockStarts) {
        public Located {
            blockStarts = List.copyOf(blockStarts);
        }
    }

    /** Lays the document out as {@link #build} does, telling where each of its blocks begins. */
    public Located locate(ExportContext context, LocalizedTexts texts, Document document) {
        String language = texts.language();
        Conventions conventions = Conventions.forLanguage(language);
        ExportOptions options = context.options();
        BlockParagraphs blockParagraphs = new BlockParagraphs(texts, conventions);
        PressReleaseParts release = new PressReleaseParts(conventions, language);
        LetterParts letter = new LetterParts(texts, conventions);

        List<Paragraph> paragraphs = new ArrayList<>();
        switch (document.type()) {
            case PRESS_RELEASE -> paragraphs.add(release.releaseLine(options));
            case LETTER -> paragraphs.addAll(letter.opening(document, options.date()));
            case DOCUMENT -> { }
        }
        List<Integer> blockStarts = new ArrayList<>();
        for (Block block : document.blocks()) {
            blockStarts.add(paragraphs.size());
            paragraphs.addAll(blockParagraphs.of(block));
        }
        switch (document.type()) {
            case PRESS_RELEASE -> paragraphs.add(release.endMark());
            case LETTER -> paragraphs.addAll(letter.ending(document));
            case DOCUMENT -> { }
        }

        Brand brand = context.kit().brand();
        String ink = color(brand.colors(), DEFAULT_INK, "ink");
        DocumentLayout layout = new DocumentLayout(document.id(), kindOf(document.type()), title(texts, document, paragraphs),
                language, texts.direction(), options.pageSize() != null ? options.pageSize() : PageSize.forLanguage(language),
                brand.logo(), color(brand.colors(), ink, "primary", "accent"), ink, paragraphs);
        return new Located(layout, blockStarts);
    }

    /** The manifest kind of a document type. */
    public static OutputKind kindOf(DocumentType type) {
        return switch (type) {
            case PRESS_RELEASE -> OutputKind.PRESS_RELEASE;
            case LETTER -> OutputKind.LETTER;
            case DOCUMENT -> OutputKind.DOCUMENT;
        };
    }

    /** The document's title key, else its first title, else a letter's subject; plain text, or null. */
    private static String title(LocalizedTexts texts, Document document, List<Paragraph> paragraphs) {
        if (document.titleKey() != null) {
            String title = plain(texts.text(document.titleKey()));
            if (!title.isBlank()) {
                return title;
            }
        }
        for (ParagraphStyle style : List.of(ParagraphStyle.TITLE, ParagraphStyle.SUBJECT)) {
            for (Paragraph p : paragraphs) {
                String text = KitText.withoutMarks(p.plainText()).replace('\n', ' ').strip();
                if (p.style() == style && !text.isEmpty()) {
                    return text;
                }
            }
        }
        return null;
    }

    private static String plain(String marked) {
        StringBuilder sb = new StringBuilder();
        for (Run run : InlineMarkup.parse(marked)) {
            sb.append(run.text());
        }
        return sb.toString().replace('\n', ' ').strip();
    }

    /** The first named brand colour that is a #RRGGBB colour, upper case; else the fallback. */
    private static String color(Map<String, String> colors, String fallback, String... names) {
        for (String name : names) {
            String value = colors.get(name);
            if (value != null && COLOR.matcher(value.strip()).matches()) {
                return value.strip().toUpperCase(Locale.ROOT);
            }
        }
        return fallback;
    }
}
