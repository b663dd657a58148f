package org.campaignkit.text.fonts;

/** What a piece of text is for; a kit's brand may give each role its own font. */
public enum FontRole {
    HEADING, BODY
}
