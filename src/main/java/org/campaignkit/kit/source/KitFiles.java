package org.campaignkit.kit.source;

import java.io.Closeable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.campaignkit.kit.Finding;
import org.campaignkit.kit.KitFormatException;

/**
 * The files of one kit, whether a folder or a zip. Every read is bounded and every path is
 * checked to stay inside the kit, so callers never handle a stranger's path themselves.
 */
public interface KitFiles extends Closeable {

    /** The kit as the person named it (folder or zip path), for messages. */
    String displayName();

    /** The folder on disk a kit was opened from, or null for a zip. */
    Path folder();

    boolean exists(String path);

    /** Reads a whole file, refusing one larger than maxBytes. */
    byte[] read(String path, long maxBytes) throws KitFormatException;

    /** Paths of the files directly inside a folder of the kit, e.g. {@code texts}. */
    List<String> list(String folder);

    /** Problems found while opening, such as zip entries that point outside the kit. */
    List<Finding> openingFindings();

    @Override
    void close();

    /** Opens a kit folder, or a {@code .zip}/{@code .ckit} file. */
    static KitFiles open(Path path, ZipLimits limits) throws KitFormatException {
        if (Files.isDirectory(path)) {
            return FolderKitFiles.open(path);
        }
        if (!Files.exists(path)) {
            throw new KitFormatException(Finding.error("missing-file", path.toString(),
                    "There is no kit here: no folder or file with this name."));
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            Path parent = path.toAbsolutePath().getParent();
            return FolderKitFiles.open(parent);
        }
        return ZipKitFiles.open(path, limits);
    }

    static KitFiles open(Path path) throws KitFormatException {
        return open(path, ZipLimits.DEFAULT);
    }
}
