package org.campaignkit.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.campaignkit.kit.AtomicFiles;
import org.campaignkit.kit.KitPath;

/** An ExportSink writing into a staging folder, checksumming each file as it is written. */
final class StagingSink implements ExportSink {
    private final Path staging;
    private final List<ExportedFile> written = new ArrayList<>();

    StagingSink(Path staging) {
        this.staging = staging;
    }

    @Override
    public synchronized ExportedFile write(String path, Meta meta, AtomicFiles.Content content) throws IOException {
        String safe = KitPath.normalize(path).orElseThrow(() -> new IOException("Not a relative export path: " + path));
        Path file = staging.resolve(safe);
        Files.createDirectories(file.getParent());
        MessageDigest sha = sha256();
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha)) {
            content.writeTo(out);
        }
        ExportedFile exported = new ExportedFile(safe, meta.kind(), meta.language(), format(safe), meta.width(), meta.height(),
                meta.id(), meta.fallback(), HexFormat.of().formatHex(sha.digest()));
        written.add(exported);
        return exported;
    }

    synchronized List<ExportedFile> written() {
        return List.copyOf(written);
    }

    Path staging() {
        return staging;
    }

    static String format(String path) {
        String ext = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return ext.equals("jpeg") ? "jpg" : ext;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
