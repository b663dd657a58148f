package org.campaignkit.exchange;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.campaignkit.exchange.Piece.End;
import org.campaignkit.exchange.Piece.Standalone;
import org.campaignkit.exchange.Piece.Start;
import org.campaignkit.exchange.Piece.Style;
import org.campaignkit.exchange.Piece.Text;
import org.campaignkit.text.InlineMarkup;
import org.campaignkit.text.InlineMarkup.Marker;
import org.campaignkit.text.Placeholders;

/**
 * Converts a kit string to the pieces every exchange format writes, and pieces back to the string.
 * Markup is found by {@link InlineMarkup#markers} (the one reading of the kit's markup), so what a
 * translator sees as a code is exactly what the composer renders as bold, italic or a link.
 */
final class InlineCodes {
    private InlineCodes() {
    }

    /** The pieces of a kit string; codes are numbered 1, 2, ... in the order they appear. */
    static List<Piece> split(String text) {
        List<Piece> pieces = new ArrayList<>();
        Map<Style, Integer> open = new EnumMap<>(Style.class);
        int[] next = {1};
        int at = 0;
        for (Marker marker : InlineMarkup.markers(text)) {
            texts(text.substring(at, marker.start()), pieces, next);
            String raw = text.substring(marker.start(), marker.end());
            switch (marker.kind()) {
                case BOLD, ITALIC -> {
                    Style style = marker.kind() == InlineMarkup.MarkerKind.BOLD ? Style.BOLD : Style.ITALIC;
                    Integer started = open.remove(style);
                    if (started == null) {
                        open.put(style, pieces.size());
                        pieces.add(new Start(String.valueOf(next[0]++), style, raw, null));
                    } else {
                        pieces.add(new End(((Start) pieces.get(started)).id(), style, raw));
                    }
                }
                case LINK_START -> {
                    loneMarkers(pieces, open);
                    pieces.add(new Start(String.valueOf(next[0]++), Style.LINK, raw, marker.link()));
                }
                case LINK_END -> {
                    loneMarkers(pieces, open);
                    pieces.add(new End(lastLinkId(pieces), Style.LINK, raw));
                }
            }
            at = marker.end();
        }
        texts(text.substring(at), pieces, next);
        loneMarkers(pieces, open);
        return pieces;
    }

    /**
     * The pieces of a translation, each code numbered as the same code of the source (the same
     * placeholder, the same bold, the same link), so a tool pairs them even when a language
     * puts them in another order; a code the source lacks gets a number of its own.
     */
    static List<Piece> splitLike(String target, List<Piece> source) {
        List<Piece> pieces = split(target);
        List<Piece> unused = new ArrayList<>(source);
        Map<String, String> renamed = new java.util.HashMap<>();
        int next = source.size() + 1;
        List<Piece> out = new ArrayList<>();
        for (Piece piece : pieces) {
            if (piece instanceof Standalone s) {
                String id = claim(unused, p -> p instanceof Standalone o && o.raw().equals(s.raw()), next);
                next = id.equals(String.valueOf(next)) ? next + 1 : next;
                out.add(new Standalone(id, s.raw(), s.placeholder()));
            } else if (piece instanceof Start s) {
                String id = claim(unused, p -> p instanceof Start o && o.style() == s.style() && o.raw().equals(s.raw())
                        && java.util.Objects.equals(o.link(), s.link()), next);
                next = id.equals(String.valueOf(next)) ? next + 1 : next;
                renamed.put(s.id(), id);
                out.add(new Start(id, s.style(), s.raw(), s.link()));
            } else if (piece instanceof End e) {
                out.add(new End(renamed.get(e.id()), e.style(), e.raw()));
            } else {
                out.add(piece);
            }
        }
        return out;
    }

    private static String claim(List<Piece> unused, java.util.function.Predicate<Piece> same, int next) {
        for (java.util.Iterator<Piece> it = unused.iterator(); it.hasNext();) {
            Piece p = it.next();
            if (same.test(p)) {
                it.remove();
                return p instanceof Standalone s ? s.id() : ((Start) p).id();
            }
        }
        return String.valueOf(next);
    }

    /** The string the pieces stand for. */
    static String join(List<Piece> pieces) {
        StringBuilder out = new StringBuilder();
        for (Piece piece : pieces) {
            out.append(raw(piece));
        }
        return out.toString();
    }

    /** The text or kit markup of one piece. */
    static String raw(Piece piece) {
        if (piece instanceof Text t) {
            return t.text();
        }
        if (piece instanceof Standalone s) {
            return s.raw();
        }
        return piece instanceof Start s ? s.raw() : ((End) piece).raw();
    }

    /** True when every start is closed by its end before any enclosing code ends (XML can nest them). */
    static boolean isNested(List<Piece> pieces) {
        List<String> stack = new ArrayList<>();
        for (Piece piece : pieces) {
            if (piece instanceof Start s) {
                stack.add(s.id());
            } else if (piece instanceof End e) {
                if (stack.isEmpty() || !stack.remove(stack.size() - 1).equals(e.id())) {
                    return false;
                }
            }
        }
        return stack.isEmpty();
    }

    /** The kit markup a paired code of a style starts and ends with. */
    static String startRaw(Style style) {
        return switch (style) {
            case BOLD -> "**";
            case ITALIC -> "_";
            case LINK -> "[";
        };
    }

    static String endRaw(Style style, String link) {
        return switch (style) {
            case BOLD -> "**";
            case ITALIC -> "_";
            case LINK -> "](" + link + ")";
        };
    }

    /** Splits text at placeholders. */
    private static void texts(String text, List<Piece> pieces, int[] next) {
        Matcher m = Placeholders.PATTERN.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                pieces.add(new Text(text.substring(at, m.start())));
            }
            pieces.add(new Standalone(String.valueOf(next[0]++), m.group(), true));
            at = m.end();
        }
        if (at < text.length()) {
            pieces.add(new Text(text.substring(at)));
        }
    }

    /** A toggle that never closed is text-like markup on its own: it becomes a standalone code. */
    private static void loneMarkers(List<Piece> pieces, Map<Style, Integer> open) {
        for (int index : open.values()) {
            Start start = (Start) pieces.get(index);
            pieces.set(index, new Standalone(start.id(), start.raw(), false));
        }
        open.clear();
    }

    private static String lastLinkId(List<Piece> pieces) {
        for (int i = pieces.size() - 1; i >= 0; i--) {
            if (pieces.get(i) instanceof Start s && s.style() == Style.LINK) {
                return s.id();
            }
        }
        throw new IllegalStateException("a link end without its start");
    }
}
