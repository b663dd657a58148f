package org.campaignkit.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kit format's only inline markup: {@code **bold**}, {@code _italic_} and
 * {@code [text](https://...)}. Everything else is text. An underscore inside a word
 * (snake_case, a URL) is text too; for scripts without spaces (Chinese, Japanese) an underscore
 * next to an ideograph still works, because those scripts have no "inside a word" to protect.
 */
public final class InlineMarkup {
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]+)\\]\\((https?://[^)\\s]+)\\)");

    private InlineMarkup() {
    }

    public static List<Run> parse(String text) {
        List<Run> runs = new ArrayList<>();
        boolean bold = false;
        boolean italic = false;
        String link = null;
        int at = 0;
        for (Marker marker : markers(text)) {
            if (marker.start() > at) {
                runs.add(new Run(text.substring(at, marker.start()), bold, italic, link));
            }
            switch (marker.kind()) {
                case BOLD -> bold = !bold;
                case ITALIC -> italic = !italic;
                case LINK_START, LINK_END -> {
                    link = marker.kind() == MarkerKind.LINK_START ? marker.link() : null;
                    bold = false;
                    italic = false;
                }
            }
            at = marker.end();
        }
        if (at < text.length()) {
            runs.add(new Run(text.substring(at), bold, italic, link));
        }
        return merge(runs);
    }

    /** What a marker does: toggles bold or italic, or starts or ends a link. */
    public enum MarkerKind { BOLD, ITALIC, LINK_START, LINK_END }

    /**
     * One piece of markup in a text, at [start, end): {@code **}, {@code _}, the {@code [} that
     * starts a link or the {@code ](url)} that ends it ({@code link} set on both link markers).
     */
    public record Marker(int start, int end, MarkerKind kind, String link) {
    }

    /**
     * Every marker of a text in order, as {@link #parse} reads them. Bold and italic toggle and
     * start off again inside and after each link; a toggle left open holds to the end of its stretch.
     */
    public static List<Marker> markers(String text) {
        List<Marker> markers = new ArrayList<>();
        Matcher link = LINK.matcher(text);
        int at = 0;
        while (link.find()) {
            toggles(text, at, link.start(), markers);
            markers.add(new Marker(link.start(), link.start(1), MarkerKind.LINK_START, link.group(2)));
            toggles(text, link.start(1), link.end(1), markers);
            markers.add(new Marker(link.end(1), link.end(), MarkerKind.LINK_END, link.group(2)));
            at = link.end();
        }
        toggles(text, at, text.length(), markers);
        return markers;
    }

    /** The text without markup, links written as "text (url)" where text and url differ. */
    public static String plainText(String text) {
        StringBuilder out = new StringBuilder();
        for (Run run : parse(text)) {
            out.append(run.text());
            if (run.link() != null && !run.link().equals(run.text())) {
                out.append(" (").append(run.link()).append(')');
            }
        }
        return out.toString();
    }

    private static void toggles(String whole, int from, int to, List<Marker> out) {
        String text = whole.substring(from, to);
        boolean bold = false;
        boolean italic = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '*' && i + 1 < text.length() && text.charAt(i + 1) == '*'
                    && (bold ? closes(text, i, 2) : opens(text, i, 2, "**"))) {
                out.add(new Marker(from + i, from + i + 2, MarkerKind.BOLD, null));
                bold = !bold;
                i += 2;
                continue;
            }
            if (c == '_' && (italic ? closesUnderscore(text, i) : opensUnderscore(text, i))) {
                out.add(new Marker(from + i, from + i + 1, MarkerKind.ITALIC, null));
                italic = !italic;
            }
            i++;
        }
    }

    /** An opening marker needs a closing one later, and text right after it. */
    private static boolean opens(String text, int i, int width, String marker) {
        int after = i + width;
        return after < text.length() && !Character.isWhitespace(text.charAt(after)) && text.indexOf(marker, after + 1) > 0;
    }

    private static boolean closes(String text, int i, int width) {
        return i > 0 && !Character.isWhitespace(text.charAt(i - 1));
    }

    private static boolean opensUnderscore(String text, int i) {
        if (i > 0 && isWordChar(text.charAt(i - 1))) {
            return false;
        }
        if (!opens(text, i, 1, "_")) {
            return false;
        }
        // Only open when a matching close exists, so "a _ b" stays text.
        for (int j = i + 2; j < text.length(); j++) {
            if (text.charAt(j) == '_' && closesUnderscore(text, j)) {
                return true;
            }
        }
        return false;
    }

    private static boolean closesUnderscore(String text, int i) {
        boolean textBefore = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
        boolean wordAfter = i + 1 < text.length() && isWordChar(text.charAt(i + 1));
        return textBefore && !wordAfter;
    }

    /** Letters and digits of scripts that separate words with spaces. */
    private static boolean isWordChar(char c) {
        if (!Character.isLetterOrDigit(c)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script != Character.UnicodeScript.HAN && script != Character.UnicodeScript.HIRAGANA
                && script != Character.UnicodeScript.KATAKANA && script != Character.UnicodeScript.THAI;
    }

    private static List<Run> merge(List<Run> runs) {
        List<Run> merged = new ArrayList<>();
        for (Run run : runs) {
            if (!merged.isEmpty()) {
                Run last = merged.get(merged.size() - 1);
                if (last.bold() == run.bold() && last.italic() == run.italic()
                        && java.util.Objects.equals(last.link(), run.link())) {
                    merged.set(merged.size() - 1, new Run(last.text() + run.text(), run.bold(), run.italic(), run.link()));
                    continue;
                }
            }
            merged.add(run);
        }
        return merged;
    }
}
