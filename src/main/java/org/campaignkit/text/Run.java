package org.campaignkit.text;

/** A stretch of text with one style: bold, italic, and a link target (null when not a link). */
public record Run(String text, boolean bold, boolean italic, String link) {
    public static Run plain(String text) {
        return new Run(text, false, false, null);
    }
}
