package org.campaignkit.export.layout;

import java.util.List;
import org.campaignkit.export.OutputKind;
import org.campaignkit.export.PageSize;
import org.campaignkit.text.TextDirection;

/**
 * A document laid out once from kit + language + values, which the DOCX and PDF writers only
 * render. {@code logo} is the kit-relative path of the brand logo (or null); {@code accentColor}
 * and {@code inkColor} are #RRGGBB.
 */
public record DocumentLayout(String id, OutputKind kind, String title, String language, TextDirection direction,
        PageSize page, String logo, String accentColor, String inkColor, List<Paragraph> paragraphs) {

    /** The page margin on every side, in points: one inch, as word processors set it on Letter and A4 alike. */
    public static final float MARGIN = 72f;

    public DocumentLayout {
        paragraphs = List.copyOf(paragraphs);
    }

    /** "Page {0} of {1}" in the document's language, for the page footer every writer draws. */
    public PageNumbering pageNumbering() {
        return Conventions.forLanguage(language).pageNumbering();
    }
}
