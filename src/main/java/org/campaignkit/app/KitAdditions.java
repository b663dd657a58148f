package org.campaignkit.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.campaignkit.kit.Card;
import org.campaignkit.kit.ImageProbe;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.KitFormatException;
import org.campaignkit.kit.KitPath;
import org.campaignkit.kit.source.KitFiles;
import org.campaignkit.kit.source.OverlayKitFiles;

/**
 * Files added to the open kit and not yet saved (new background pictures), by kit-relative path.
 * Until the kit is saved they live here, not in the kit's folder, and every reader of the kit's
 * files sees them through {@link #over}. A file once added never changes, so workers may read
 * while the window adds; undo only changes which of them the kit names, and saving writes those.
 */
final class KitAdditions {
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    KitAdditions() {
    }

    KitAdditions(Map<String, byte[]> initial) {
        files.putAll(initial);
    }

    void add(String path, byte[] content) {
        files.put(path, content.clone());
    }

    /** True when an added file has this path, letter case aside (a kit may move to a system that ignores case). */
    boolean taken(String path) {
        return files.keySet().stream().anyMatch(p -> p.equalsIgnoreCase(path));
    }

    /** The kit's files with the added ones in them. */
    KitFiles over(KitFiles base) {
        return new OverlayKitFiles(base, files);
    }

    /** The added files the kit names now (card backgrounds, logo), in path order: what saving must write. */
    Map<String, byte[]> usedBy(Kit kit) {
        Map<String, byte[]> used = new TreeMap<>();
        for (String path : imagesOf(kit)) {
            byte[] content = files.get(path);
            if (content != null) {
                used.put(path, content);
            }
        }
        return used;
    }

    /**
     * The pictures a recovery copy holds that the kit it came from lacks (or holds otherwise): the
     * added files of the session that left the copy, to be added again when it is restored.
     */
    static Map<String, byte[]> recovered(Path copy, Path origin, Kit kit) throws IOException {
        Map<String, byte[]> found = new LinkedHashMap<>();
        try (KitFiles saved = KitFiles.open(copy); KitFiles original = KitFiles.open(origin)) {
            for (String path : imagesOf(kit)) {
                if (!saved.exists(path)) {
                    continue;
                }
                byte[] content = saved.read(path, ImageProbe.MAX_FILE_BYTES);
                if (!original.exists(path) || !Arrays.equals(content,
                        original.read(path, ImageProbe.MAX_FILE_BYTES))) {
                    found.put(path, content);
                }
            }
        } catch (KitFormatException e) {
            throw new IOException(e.finding().message(), e);
        }
        return found;
    }

    /** Every picture path the kit names, normalized as the kit's files know them. */
    private static TreeSet<String> imagesOf(Kit kit) {
        TreeSet<String> paths = new TreeSet<>();
        if (kit.brand().logo() != null) {
            KitPath.normalize(kit.brand().logo()).ifPresent(paths::add);
        }
        for (Card card : kit.cards()) {
            if (!card.hasColorBackground(kit.brand())) {
                KitPath.normalize(card.background()).ifPresent(paths::add);
            }
        }
        return paths;
    }
}
