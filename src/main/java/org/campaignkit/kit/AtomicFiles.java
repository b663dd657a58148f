package org.campaignkit.kit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file so that its real name only ever holds a complete file: the bytes go to a temporary
 * file in the same folder, are forced to disk, then moved over the real name in one step. A crash
 * leaves either the old file or the new one, plus at worst a temporary file that the next write
 * into that folder removes.
 */
public final class AtomicFiles {
    /** Temporary files carry this ending so they can be recognised and cleaned up later. */
    public static final String TEMP_SUFFIX = ".ckc-tmp";

    private AtomicFiles() {
    }

    /** Something that writes the content; may throw, in which case nothing changes. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    public static void write(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + TEMP_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            forceFolder(folder);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Removes temporary files a crashed write left in a folder. */
    public static int cleanStaleTemps(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, ".*" + TEMP_SUFFIX)) {
            for (Path temp : temps) {
                if (Files.isDirectory(temp)) {
                    deleteFolder(temp);
                    removed++;
                } else if (Files.deleteIfExists(temp)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    /** Deletes a folder and everything in it (staging and recovery folders); a missing folder is fine. */
    public static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            deleteFolder(folder);
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (java.util.stream.Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Makes the rename itself durable; not every platform lets a folder be opened, so this is best effort. */
    private static void forceFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Windows cannot open a directory; the move is still atomic there.
        }
    }
}
