package org.campaignkit.export.layout;

import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.campaignkit.export.LocalizedTexts;
import org.campaignkit.kit.Block;
import org.campaignkit.text.TextBlocks;
import org.campaignkit.text.TextDirection;

/** Lays out the blocks a kit author wrote: each block kind becomes its styled paragraphs. */
final class BlockParagraphs {
    private final LocalizedTexts texts;
    private final Conventions conventions;

    BlockParagraphs(LocalizedTexts texts, Conventions conventions) {
        this.texts = texts;
        this.conventions = conventions;
    }

    List<Paragraph> of(Block block) {
        return switch (block.kind()) {
            case HEADLINE -> whole(ParagraphStyle.TITLE, block.textKey());
            case SUBHEADLINE -> whole(ParagraphStyle.SUBTITLE, block.textKey());
            case DATELINE -> whole(ParagraphStyle.DATELINE, block.textKey());
            case HEADING -> whole(ParagraphStyle.HEADING, block.textKey());
            case PARAGRAPH -> split(ParagraphStyle.BODY, block.textKey(), TextBlocks::paragraphs);
            case LIST -> split(ParagraphStyle.LIST_BULLET, block.textKey(), TextBlocks::listItems);
            case QUOTE -> quote(block);
            case CONTACT -> contact(block.textKey());
        };
    }

    /** A block that is one paragraph whatever it holds; a line break in it stays a line break. */
    private List<Paragraph> whole(ParagraphStyle style, String key) {
        KitText.Part part = KitText.whole(texts, key);
        return part.text().isEmpty() ? List.of() : List.of(ParagraphMaker.marked(style, part, Alignment.START));
    }

    private List<Paragraph> split(ParagraphStyle style, String key, Function<String, List<String>> how) {
        return KitText.parts(texts, key, how).stream()
                .map(part -> ParagraphMaker.marked(style, part, Alignment.START))
                .toList();
    }

    /** The quote in the language's quotation marks, then who said it. */
    private List<Paragraph> quote(Block block) {
        List<KitText.Part> parts = KitText.parts(texts, block.textKey(), TextBlocks::paragraphs);
        List<Paragraph> out = new ArrayList<>();
        boolean addMarks = !parts.isEmpty() && !startsWithQuotationMark(parts.get(0).text());
        ULocale locale = ULocale.forLanguageTag(texts.language());
        LocaleData marks = LocaleData.getInstance(locale);
        // French sets its guillemets off with a no-break space: « ainsi ».
        String pad = locale.getLanguage().equals("fr") && marks.getDelimiter(LocaleData.QUOTATION_START).equals("«")
                ? "\u00A0" : "";
        for (int i = 0; i < parts.size(); i++) {
            String text = parts.get(i).text();
            if (addMarks && i == 0) {
                text = marks.getDelimiter(LocaleData.QUOTATION_START) + pad + text;
            }
            if (addMarks && i == parts.size() - 1) {
                text = text + pad + marks.getDelimiter(LocaleData.QUOTATION_END);
            }
            out.add(ParagraphMaker.marked(ParagraphStyle.QUOTE, text, parts.get(i).direction(), Alignment.START));
        }
        if (block.byKey() != null) {
            KitText.Part by = KitText.whole(texts, block.byKey());
            if (!by.text().isEmpty()) {
                out.add(ParagraphMaker.marked(ParagraphStyle.ATTRIBUTION, conventions.attribution(by.text()),
                        by.direction(), Alignment.START));
            }
        }
        return out;
    }

    /** A contact block keeps its lines; a line whose optional value nobody set is left out. */
    private List<Paragraph> contact(String key) {
        List<KitText.Part> lines = KitText.parts(texts, key, text -> TextBlocks.lines(text.strip())).stream()
                .filter(line -> !KitText.showsUnsetOptionalValue(line.text(), texts.kit()))
                .toList();
        String text = String.join("\n", lines.stream().map(KitText.Part::text).toList()).strip();
        if (text.isEmpty()) {
            return List.of();
        }
        // One paragraph, one direction: the way its first line runs.
        TextDirection direction = lines.get(0).direction();
        return List.of(ParagraphMaker.marked(ParagraphStyle.CONTACT, text, direction, Alignment.START));
    }

    /** A kit author who typed the quotation marks keeps them; none are added twice. */
    private static boolean startsWithQuotationMark(String text) {
        if (text.isEmpty()) {
            return false;
        }
        int first = text.codePointAt(0);
        int type = Character.getType(first);
        return type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || "\"'„‚「『〝".indexOf(first) >= 0;
    }
}
