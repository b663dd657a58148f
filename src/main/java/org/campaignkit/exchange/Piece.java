package org.campaignkit.exchange;

/**
 * One piece of a string as a translation tool sees it: text, a code that stands alone (a
 * {@code {{placeholder}}}, or a markup marker left unpaired), or the start or end of a paired code
 * (bold, italic, a link). {@code raw} is the exact kit markup the code stands for, so joining the
 * raws and texts gives back the string byte for byte.
 */
sealed interface Piece {
    /** Plain text. */
    record Text(String text) implements Piece {
    }

    /** A placeholder ({@code placeholder} true) or a lone marker. */
    record Standalone(String id, String raw, boolean placeholder) implements Piece {
    }

    /** The start of bold, italic or a link; {@code link} is the address for a link, else null. */
    record Start(String id, Style style, String raw, String link) implements Piece {
    }

    /** The end of the paired code started with the same id. */
    record End(String id, Style style, String raw) implements Piece {
    }

    /** What a paired code does. */
    enum Style { BOLD, ITALIC, LINK }
}
