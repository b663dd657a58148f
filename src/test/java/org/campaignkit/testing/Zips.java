package org.campaignkit.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Zips folders, and writes zips with hand-made entries for the hostile-input tests. */
public final class Zips {
    private Zips() {
    }

    /** Zips a folder, its files under {@code prefix} (e.g. "my-kit/" or ""). */
    public static Path zipFolder(Path folder, Path zip, String prefix) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
                Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry(prefix + folder.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        return zip;
    }

    /** An entry with a given name and content. */
    public record Item(String name, byte[] content) {
    }

    public static Path write(Path zip, List<Item> items) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Item item : items) {
                out.putNextEntry(new ZipEntry(item.name()));
                out.write(item.content());
                out.closeEntry();
            }
        }
        return zip;
    }

    /** An entry of {@code size} zero bytes, written in chunks so the test itself stays small in memory. */
    public static void writeZeros(OutputStream out, long size) throws IOException {
        byte[] chunk = new byte[1 << 16];
        for (long left = size; left > 0; left -= chunk.length) {
            out.write(chunk, 0, (int) Math.min(chunk.length, left));
        }
    }
}
