package org.campaignkit.kit.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.campaignkit.kit.Finding;
import org.campaignkit.kit.KitFormatException;
import org.campaignkit.kit.KitPath;

/**
 * A kit's files with some files added in memory, not yet saved (a new background picture): every
 * reader (checks, card previews, the export) sees them as part of the kit while the kit's own
 * files stay untouched. An added file hides a kit file of the same path.
 */
public final class OverlayKitFiles implements KitFiles {
    private final KitFiles base;
    private final Map<String, byte[]> added;

    /**
     * @param added kit-relative path to content; read at every call, so a concurrent map may gain
     *     files later (their content must not change once added)
     */
    public OverlayKitFiles(KitFiles base, Map<String, byte[]> added) {
        this.base = base;
        this.added = added;
    }

    @Override
    public String displayName() {
        return base.displayName();
    }

    @Override
    public Path folder() {
        return base.folder();
    }

    @Override
    public boolean exists(String path) {
        return addedAt(path) != null || base.exists(path);
    }

    @Override
    public byte[] read(String path, long maxBytes) throws KitFormatException {
        byte[] content = addedAt(path);
        if (content == null) {
            return base.read(path, maxBytes);
        }
        if (content.length > maxBytes) {
            throw new KitFormatException(Finding.error("invalid-kit", path,
                    "The file is larger than " + (maxBytes >> 20) + " MB, more than a kit file may be."));
        }
        return content.clone();
    }

    @Override
    public List<String> list(String folder) {
        TreeSet<String> all = new TreeSet<>(base.list(folder));
        String prefix = KitPath.normalize(folder).map(f -> f + "/").orElse(null);
        if (prefix != null) {
            added.keySet().stream().filter(p -> p.startsWith(prefix) && p.indexOf('/', prefix.length()) < 0).forEach(all::add);
        }
        return List.copyOf(all);
    }

    @Override
    public List<Finding> openingFindings() {
        return base.openingFindings();
    }

    @Override
    public void close() {
        base.close();
    }

    private byte[] addedAt(String path) {
        return KitPath.normalize(path).map(added::get).orElse(null);
    }
}
