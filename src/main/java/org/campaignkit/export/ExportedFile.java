package org.campaignkit.export;

/**
 * One written file as the manifest lists it. {@code width}/{@code height} are set for images,
 * {@code id} for files of one card or document, {@code fallback} when source text stood in for
 * a missing translation.
 */
public record ExportedFile(String path, OutputKind kind, String language, String format, Integer width, Integer height,
        String id, boolean fallback, String sha256) {
}
