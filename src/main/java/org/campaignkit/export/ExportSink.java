package org.campaignkit.export;

import java.io.IOException;
import org.campaignkit.kit.AtomicFiles;

/**
 * Where exporters put files. Paths are relative to the export folder ("es/press-release.pdf").
 * The sink computes the checksum and the manifest entry; the orchestrator decides where the bytes
 * really go (a staging folder, moved into place only when everything succeeded).
 */
public interface ExportSink {
    /** What a file is, for the manifest. {@code width}/{@code height}/{@code id} may be null. */
    record Meta(OutputKind kind, String language, String id, boolean fallback, Integer width, Integer height) {
    }

    ExportedFile write(String path, Meta meta, AtomicFiles.Content content) throws IOException;
}
