package org.campaignkit.kit.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.campaignkit.kit.Finding;
import org.campaignkit.kit.KitFormatException;
import org.campaignkit.kit.KitPath;

/** A kit in a folder on disk. Symbolic links that lead out of the folder count as outside the kit. */
final class FolderKitFiles implements KitFiles {
    private final Path root;
    private final String displayName;

    private FolderKitFiles(Path root, String displayName) {
        this.root = root;
        this.displayName = displayName;
    }

    static FolderKitFiles open(Path folder) throws KitFormatException {
        try {
            return new FolderKitFiles(folder.toRealPath(), folder.toString());
        } catch (IOException e) {
            throw new KitFormatException(Finding.error("missing-file", folder.toString(),
                    "The kit folder cannot be opened: " + e.getMessage()));
        }
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public Path folder() {
        return root;
    }

    private Path resolve(String path) throws KitFormatException {
        String normal = KitPath.normalize(path).orElseThrow(() -> outside(path));
        Path file = root.resolve(normal);
        if (Files.exists(file)) {
            try {
                if (!file.toRealPath().startsWith(root)) {
                    throw outside(path);
                }
            } catch (IOException e) {
                throw new KitFormatException(Finding.error("missing-file", path, "Cannot be read: " + e.getMessage()));
            }
        }
        return file;
    }

    private static KitFormatException outside(String path) {
        return new KitFormatException(Finding.error("path-outside-kit", path,
                "This path leads outside the kit; a kit may only name files inside its own folder."));
    }

    @Override
    public boolean exists(String path) {
        try {
            return Files.isRegularFile(resolve(path));
        } catch (KitFormatException e) {
            return false;
        }
    }

    @Override
    public byte[] read(String path, long maxBytes) throws KitFormatException {
        Path file = resolve(path);
        if (!Files.isRegularFile(file)) {
            throw new KitFormatException(Finding.error("missing-file", path, "The file is missing from the kit."));
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = BoundedReader.readAtMost(in, maxBytes);
            if (bytes == null) {
                throw new KitFormatException(Finding.error("invalid-kit", path,
                        "The file is larger than " + (maxBytes >> 20) + " MB, more than a kit file may be."));
            }
            return bytes;
        } catch (IOException e) {
            throw new KitFormatException(Finding.error("missing-file", path, "Cannot be read: " + e.getMessage()));
        }
    }

    @Override
    public List<String> list(String folder) {
        Path dir;
        try {
            dir = resolve(folder);
        } catch (KitFormatException e) {
            return List.of();
        }
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> folder + "/" + p.getFileName())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    @Override
    public List<Finding> openingFindings() {
        return List.of();
    }

    @Override
    public void close() {
        // Nothing held open.
    }
}
