package org.campaignkit.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.campaignkit.export.ExportSink;
import org.campaignkit.export.ExportedFile;
import org.campaignkit.kit.AtomicFiles;

/** An export sink that keeps every written file in memory, in the order written. */
public final class MemorySink implements ExportSink {
    /** One file: what the exporter said it is, and its bytes. */
    public record Written(Meta meta, byte[] bytes) {
    }

    private final Map<String, Written> files = new LinkedHashMap<>();

    @Override
    public ExportedFile write(String path, Meta meta, AtomicFiles.Content content) throws IOException {
        if (files.containsKey(path)) {
            throw new IOException(path + " written twice");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        content.writeTo(out);
        byte[] bytes = out.toByteArray();
        files.put(path, new Written(meta, bytes));
        String format = path.substring(path.lastIndexOf('.') + 1);
        return new ExportedFile(path, meta.kind(), meta.language(), format, meta.width(), meta.height(), meta.id(),
                meta.fallback(), sha256(bytes));
    }

    public Map<String, Written> files() {
        return files;
    }

    public byte[] bytes(String path) {
        Written w = files.get(path);
        if (w == null) {
            throw new AssertionError(path + " was not written; written: " + files.keySet());
        }
        return w.bytes();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
