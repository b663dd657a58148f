package org.campaignkit.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import org.campaignkit.export.card.KitPicture;
import org.campaignkit.kit.ImageProbe;
import org.campaignkit.kit.KitPath;
import org.campaignkit.kit.source.KitFiles;

/**
 * A picture file from this computer made ready to be a card's background: checked as the kit
 * reader checks a kit's images (a real PNG or JPEG, at most 50 MB, a size that is safe to open),
 * stripped of its metadata (a phone photo says where it was taken), and given a free name under
 * {@code images/}. Every refusal is an IOException whose message names the file.
 */
final class BackgroundImport {
    private static final int MAX_NAME = 48;

    private BackgroundImport() {
    }

    /** The picture ready for the kit: its path there and its content. */
    record Imported(String path, byte[] content) {
    }

    /**
     * Reads and cleans a picture; slow (it decodes the picture once), so never on the UI thread.
     *
     * @param taken whether a kit path is already in use, letter case aside
     */
    static Imported read(Path file, String cardId, Predicate<String> taken) throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes = readBounded(file, name);
        String format = ImageProbe.probe(bytes).ok().map(ImageProbe.Info::format).orElse("");
        byte[] clean = KitPicture.withoutMetadata(bytes, name);
        return new Imported(freeName(name, format.equals("png") ? ".png" : ".jpg", cardId, taken), clean);
    }

    /**
     * {@code images/<name><extension>} from the file's name in plain letters, digits, '-' and '_'
     * (names travel through zips and file systems that mangle anything else), else from the
     * card's id; "-2", "-3"... when the name is taken.
     */
    static String freeName(String fileName, String extension, String cardId, Predicate<String> taken) {
        int dot = fileName.lastIndexOf('.');
        String base = plain(dot > 0 ? fileName.substring(0, dot) : fileName);
        if (base.isEmpty()) {
            base = plain(cardId);
        }
        if (base.isEmpty()) {
            base = "background";
        }
        String path = "images/" + base + extension;
        for (int n = 2; taken.test(path); n++) {
            path = "images/" + base + "-" + n + extension;
        }
        return KitPath.normalize(path).orElseThrow();
    }

    /** Whether the kit's own files use a path, letter case aside (kits move to systems that ignore case). */
    static boolean inUse(KitFiles files, String path) {
        int slash = path.lastIndexOf('/');
        return files.list(slash < 0 ? "" : path.substring(0, slash)).stream().anyMatch(p -> p.equalsIgnoreCase(path));
    }

    private static String plain(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String safe = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-").replaceAll("-{2,}", "-")
                .replaceAll("^[-_]+|[-_]+$", "");
        return safe.length() > MAX_NAME ? safe.substring(0, MAX_NAME).replaceAll("[-_]+$", "") : safe;
    }

    private static byte[] readBounded(Path file, String name) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(Ui.text("card.background.notAFile", name));
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) ImageProbe.MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            throw new IOException(Ui.text("card.background.unreadable", name, String.valueOf(e.getMessage())), e);
        }
        if (bytes.length > ImageProbe.MAX_FILE_BYTES) {
            throw new IOException(Ui.text("card.background.tooLarge", name, ImageProbe.MAX_FILE_BYTES >> 20));
        }
        return bytes;
    }
}
