package org.campaignkit.export.layout;

import org.campaignkit.text.fonts.FontRole;

/**
 * The named styles of the one document layout. DOCX maps each to a real Word style (Title,
 * Subtitle, Heading 1, Quote, List Bullet, ...) so people can restyle the document; PDF maps each
 * to a font size, weight, colour and spacing.
 */
public enum ParagraphStyle {
    /** "FOR IMMEDIATE RELEASE" or an embargo line. */
    RELEASE_LINE,
    TITLE,
    SUBTITLE,
    DATELINE,
    HEADING,
    BODY,
    QUOTE,
    ATTRIBUTION,
    LIST_BULLET,
    CONTACT,
    /** The centred "###" that ends a press release. */
    END_MARK,
    /** Letter parts. */
    SENDER,
    DATE,
    RECIPIENT,
    SUBJECT,
    SALUTATION,
    CLOSING,
    SIGNATURE,
    /** Small print: counts and limits in a message sheet, notes. */
    NOTE,
    /** A post as it will be published, line breaks kept. */
    POST;

    /** Which brand font draws the style: the heading font for titles and headings, the body font for the rest. */
    public FontRole fontRole() {
        return switch (this) {
            case TITLE, SUBTITLE, HEADING -> FontRole.HEADING;
            default -> FontRole.BODY;
        };
    }
}
