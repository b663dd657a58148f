package org.campaignkit.kit.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.campaignkit.kit.Finding;
import org.campaignkit.kit.KitFormatException;
import org.campaignkit.kit.KitPath;

/**
 * A kit in a zip ({@code .zip} or {@code .ckit}). Entries are never extracted to disk; they are
 * read into memory on demand within {@link ZipLimits}. A zip whose files sit in one top folder
 * ({@code my-kit/kit.json}) is read as if that folder were the root, as people zip folders that way.
 */
final class ZipKitFiles implements KitFiles {
    private final ZipFile zip;
    private final String displayName;
    private final ZipLimits limits;
    private final Map<String, ZipEntry> entries;
    private final List<Finding> findings;

    private ZipKitFiles(ZipFile zip, String displayName, ZipLimits limits, Map<String, ZipEntry> entries,
            List<Finding> findings) {
        this.zip = zip;
        this.displayName = displayName;
        this.limits = limits;
        this.entries = entries;
        this.findings = findings;
    }

    static ZipKitFiles open(Path file, ZipLimits limits) throws KitFormatException {
        String name = file.toString();
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new KitFormatException(Finding.error("invalid-kit", name,
                    "This is neither a kit folder nor a readable zip file (" + e.getMessage() + ")."));
        }
        try {
            return index(zip, name, limits);
        } catch (KitFormatException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    private static ZipKitFiles index(ZipFile zip, String name, ZipLimits limits) throws KitFormatException {
        if (zip.size() > limits.maxEntries()) {
            throw new KitFormatException(Finding.error("invalid-kit", name,
                    "The zip holds " + zip.size() + " entries; a kit may hold at most " + limits.maxEntries() + "."));
        }
        List<Finding> findings = new ArrayList<>();
        Map<String, ZipEntry> raw = new LinkedHashMap<>();
        long declaredTotal = 0;
        try {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                var normal = KitPath.normalize(entry.getName());
                if (normal.isEmpty()) {
                    findings.add(Finding.error("path-outside-kit", name + "!" + entry.getName(),
                            "This zip entry points outside the kit and was ignored."));
                    continue;
                }
                declaredTotal += Math.max(0, entry.getSize());
                raw.put(normal.get(), entry);
            }
        } catch (RuntimeException e) {
            throw new KitFormatException(Finding.error("invalid-kit", name, "The zip is damaged: " + e.getMessage()));
        }
        if (declaredTotal > limits.maxTotalBytes()) {
            throw new KitFormatException(Finding.error("invalid-kit", name,
                    "The zip unpacks to " + (declaredTotal >> 20) + " MB; a kit may hold at most "
                            + (limits.maxTotalBytes() >> 20) + " MB."));
        }
        return new ZipKitFiles(zip, name, limits, stripTopFolder(raw), List.copyOf(findings));
    }

    private static Map<String, ZipEntry> stripTopFolder(Map<String, ZipEntry> raw) {
        if (raw.containsKey("kit.json")) {
            return raw;
        }
        String prefix = null;
        for (String path : raw.keySet()) {
            if (path.endsWith("/kit.json") && path.indexOf('/') == path.length() - "/kit.json".length()) {
                prefix = path.substring(0, path.length() - "kit.json".length());
                break;
            }
        }
        if (prefix == null) {
            return raw;
        }
        Map<String, ZipEntry> stripped = new LinkedHashMap<>();
        for (var e : raw.entrySet()) {
            if (e.getKey().startsWith(prefix)) {
                stripped.put(e.getKey().substring(prefix.length()), e.getValue());
            }
        }
        return stripped;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public Path folder() {
        return null;
    }

    @Override
    public boolean exists(String path) {
        return KitPath.normalize(path).map(entries::containsKey).orElse(false);
    }

    @Override
    public byte[] read(String path, long maxBytes) throws KitFormatException {
        String normal = KitPath.normalize(path).orElseThrow(() -> new KitFormatException(Finding.error(
                "path-outside-kit", path, "This path leads outside the kit; a kit may only name files inside it.")));
        ZipEntry entry = entries.get(normal);
        if (entry == null) {
            throw new KitFormatException(Finding.error("missing-file", path, "The file is missing from the kit."));
        }
        long bound = Math.min(maxBytes, limits.maxEntryBytes());
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = BoundedReader.readAtMost(in, bound);
            if (bytes == null) {
                throw new KitFormatException(Finding.error("invalid-kit", path,
                        "This zip entry unpacks to more than " + (bound >> 20) + " MB, more than a kit file may be."));
            }
            long compressed = Math.max(1, entry.getCompressedSize());
            if (bytes.length > ZipLimits.RATIO_EXEMPT_BYTES && bytes.length / compressed > limits.maxRatio()) {
                throw new KitFormatException(Finding.error("invalid-kit", path,
                        "This zip entry expands " + (bytes.length / compressed)
                                + " times; it looks like a zip bomb and was not read."));
            }
            return bytes;
        } catch (IOException | RuntimeException e) {
            throw new KitFormatException(Finding.error("invalid-kit", path, "The zip entry is damaged: " + e.getMessage()));
        }
    }

    @Override
    public List<String> list(String folder) {
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        return entries.keySet().stream()
                .filter(p -> p.startsWith(prefix) && p.indexOf('/', prefix.length()) < 0)
                .sorted()
                .toList();
    }

    @Override
    public List<Finding> openingFindings() {
        return findings;
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // Closing a read-only zip cannot lose data.
        }
    }
}
