package org.campaignkit.text.fonts;

/**
 * A stretch of text drawn with one font face. The synthetic flags say the style was asked for but
 * the face has no such variant, so a renderer should embolden or slant it itself.
 */
public record FontRun(String text, FontFace face, boolean syntheticBold, boolean syntheticItalic) {
}
