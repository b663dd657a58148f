package org.campaignkit.export.layout;

/** A run of text with one style. {@code link} is a URL or null. Fonts are chosen by the writers through the FontBook. */
public record Span(String text, boolean bold, boolean italic, String link) {
    public static Span plain(String text) {
        return new Span(text, false, false, null);
    }
}
