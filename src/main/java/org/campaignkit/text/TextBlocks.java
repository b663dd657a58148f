package org.campaignkit.text;

import java.util.ArrayList;
import java.util.List;

/** Splits prose into paragraphs (a blank line starts one) and list texts into items (one per line). */
public final class TextBlocks {
    private TextBlocks() {
    }

    public static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.replace("\r\n", "\n").split("\\n[ \\t]*\\n")) {
            String trimmed = part.strip();
            if (!trimmed.isEmpty()) {
                out.add(trimmed);
            }
        }
        return out;
    }

    /** List items: one per non-blank line, an optional leading "- " removed. */
    public static List<String> listItems(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.replace("\r\n", "\n").split("\n")) {
            String item = line.strip();
            if (item.equals("-") || item.startsWith("- ")) {
                item = item.substring(1).strip();
            }
            if (!item.isEmpty()) {
                out.add(item);
            }
        }
        return out;
    }

    /** Lines of a block that keeps its line breaks (contact blocks, addresses). */
    public static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.replace("\r\n", "\n").split("\n")) {
            out.add(line.strip());
        }
        return out;
    }
}
