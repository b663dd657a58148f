package org.campaignkit.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campaignkit.export.ExportSink;
import org.campaignkit.export.ExportedFile;
import org.campaignkit.kit.AtomicFiles;

/** An export sink that keeps every written file in memory, in the order written, with the thread that wrote it. */
public final class MemorySink implements ExportSink {
    /** One file: its path, what the exporter said it is, its bytes and the writing thread's name. */
    public record Written(String path, Meta meta, byte[] bytes, String thread) {
    }

    private final Map<String, Written> files = new LinkedHashMap<>();

    @Override
    public synchronized ExportedFile write(String path, Meta meta, AtomicFiles.Content content) throws IOException {
        if (files.containsKey(path)) {
            throw new IOException(path + " written twice");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        content.writeTo(out);
        byte[] bytes = out.toByteArray();
        files.put(path, new Written(path, meta, bytes, Thread.currentThread().getName()));
        String format = path.substring(path.lastIndexOf('.') + 1);
        return new ExportedFile(path, meta.kind(), meta.language(), format, meta.width(), meta.height(), meta.id(),
                meta.fallback(), sha256(bytes));
    }

    public synchronized Map<String, Written> files() {
        return files;
    }

    /** Every file in the order written. */
    public synchronized List<Written> written() {
        return List.copyOf(files.values());
    }

    public synchronized List<String> paths() {
        return List.copyOf(files.keySet());
    }

    public synchronized Written file(String path) {
        Written w = files.get(path);
        if (w == null) {
            throw new AssertionError(path + " was not written; written: " + files.keySet());
        }
        return w;
    }

    public byte[] bytes(String path) {
        return file(path).bytes();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
