package org.campaignkit.export;

/** A string ready for output: placeholders filled; {@code fallback} when it is the source text standing in. */
public record LocalText(String text, boolean fallback) {
}
