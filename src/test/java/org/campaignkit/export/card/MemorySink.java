package org.campaignkit.export.card;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.campaignkit.export.ExportSink;
import org.campaignkit.export.ExportedFile;
import org.campaignkit.kit.AtomicFiles;

/** Keeps exported files in memory, in the order they were written, with the thread that wrote each. */
final class MemorySink implements ExportSink {
    record Written(String path, Meta meta, byte[] bytes, String thread) {
    }

    final List<Written> files = new ArrayList<>();

    @Override
    public synchronized ExportedFile write(String path, Meta meta, AtomicFiles.Content content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        content.writeTo(out);
        byte[] bytes = out.toByteArray();
        files.add(new Written(path, meta, bytes, Thread.currentThread().getName()));
        return new ExportedFile(path, meta.kind(), meta.language(), path.substring(path.lastIndexOf('.') + 1),
                meta.width(), meta.height(), meta.id(), meta.fallback(), sha256(bytes));
    }

    List<String> paths() {
        return files.stream().map(Written::path).toList();
    }

    Written file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow(
                () -> new AssertionError(path + " was not written; written: " + paths()));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
