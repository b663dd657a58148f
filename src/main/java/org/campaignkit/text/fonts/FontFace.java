package org.campaignkit.text.fonts;

/**
 * One font file: a family in one style. {@code source} is a class-path resource for bundled
 * fonts or a kit-relative path for brand fonts.
 */
public record FontFace(String id, String family, boolean bold, boolean italic, String source, boolean brand) {
}
