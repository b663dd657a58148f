package org.campaignkit.export.pdf;

import java.awt.Color;
import java.util.EnumMap;
import java.util.Map;
import org.campaignkit.export.layout.ParagraphStyle;
import org.campaignkit.text.fonts.FontRole;

/** The look of each paragraph style in a PDF, coloured with the kit's brand accent and ink. */
final class PdfStyleSheet {
    private final Map<ParagraphStyle, TextStyle> styles = new EnumMap<>(ParagraphStyle.class);
    private final Color accent;
    private final Color ink;

    PdfStyleSheet(Color accent, Color ink) {
        this.accent = accent;
        this.ink = ink;
        Color muted = new Color(0x55, 0x55, 0x55);
        put(ParagraphStyle.RELEASE_LINE, 9, true, false, accent, FontRole.HEADING, 0, 14, 0, 1.3f);
        put(ParagraphStyle.TITLE, 21, true, false, accent, FontRole.HEADING, 4, 8, 0, 1.22f);
        put(ParagraphStyle.SUBTITLE, 13, false, false, ink, FontRole.HEADING, 0, 12, 0, 1.3f);
        put(ParagraphStyle.DATELINE, 10, true, false, ink, FontRole.BODY, 2, 6, 0, 1.4f);
        put(ParagraphStyle.HEADING, 13, true, false, accent, FontRole.HEADING, 12, 5, 0, 1.3f);
        put(ParagraphStyle.BODY, 10.5f, false, false, ink, FontRole.BODY, 0, 8, 0, 1.5f);
        put(ParagraphStyle.QUOTE, 11.5f, false, true, ink, FontRole.BODY, 4, 2, 16, 1.45f);
        put(ParagraphStyle.ATTRIBUTION, 10, false, false, muted, FontRole.BODY, 0, 10, 16, 1.4f);
        put(ParagraphStyle.LIST_BULLET, 10.5f, false, false, ink, FontRole.BODY, 0, 4, 16, 1.45f);
        put(ParagraphStyle.CONTACT, 10, false, false, ink, FontRole.BODY, 10, 8, 0, 1.45f);
        put(ParagraphStyle.END_MARK, 11, true, false, ink, FontRole.BODY, 10, 0, 0, 1.4f);
        put(ParagraphStyle.SENDER, 10, false, false, ink, FontRole.BODY, 0, 14, 0, 1.4f);
        put(ParagraphStyle.DATE, 10, false, false, ink, FontRole.BODY, 0, 14, 0, 1.4f);
        put(ParagraphStyle.RECIPIENT, 10, false, false, ink, FontRole.BODY, 0, 16, 0, 1.4f);
        put(ParagraphStyle.SUBJECT, 11, true, false, ink, FontRole.HEADING, 0, 12, 0, 1.4f);
        put(ParagraphStyle.SALUTATION, 10.5f, false, false, ink, FontRole.BODY, 0, 8, 0, 1.5f);
        put(ParagraphStyle.CLOSING, 10.5f, false, false, ink, FontRole.BODY, 10, 24, 0, 1.5f);
        put(ParagraphStyle.SIGNATURE, 10.5f, true, false, ink, FontRole.BODY, 0, 6, 0, 1.45f);
        put(ParagraphStyle.NOTE, 8.5f, false, false, muted, FontRole.BODY, 0, 3, 0, 1.35f);
        put(ParagraphStyle.POST, 10, false, false, ink, FontRole.BODY, 2, 4, 0, 1.45f);
    }

    private void put(ParagraphStyle style, float size, boolean bold, boolean italic, Color color, FontRole role,
            float before, float after, float indent, float leading) {
        styles.put(style, new TextStyle(size, bold, italic, color, role, before, after, indent, leading));
    }

    TextStyle style(ParagraphStyle style) {
        return styles.get(style);
    }

    Color accent() {
        return accent;
    }

    Color ink() {
        return ink;
    }

    /** "#4B1D78" to a colour, or the fallback when absent or malformed. */
    static Color color(String hex, Color fallback) {
        if (hex == null || !hex.matches("#[0-9A-Fa-f]{6}")) {
            return fallback;
        }
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }
}
