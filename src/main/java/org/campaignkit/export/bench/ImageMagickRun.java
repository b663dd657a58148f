package org.campaignkit.export.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.campaignkit.kit.CardSize;

/**
 * The same cards made with ImageMagick, the usual command-line way: the background cropped to
 * cover each size and the headline set with {@code caption:}, which searches for the largest font
 * size that fits its box. Used only to put our card times in proportion.
 */
final class ImageMagickRun {
    private final String convert;

    private ImageMagickRun(String convert) {
        this.convert = convert;
    }

    /** ImageMagick's convert, if a real one is installed (some systems ship a stand-in of that name). */
    static Optional<ImageMagickRun> find() {
        for (String candidate : List.of("/usr/bin/convert", "convert")) {
            try {
                Process p = new ProcessBuilder(candidate, "-version").redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes());
                if (p.waitFor(20, TimeUnit.SECONDS) && out.contains("ImageMagick")) {
                    return Optional.of(new ImageMagickRun(candidate));
                }
            } catch (IOException e) {
                // not this one
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Makes one card per size into {@code folder}; returns the wall time in nanoseconds. */
    long cards(Path background, Path font, String headline, List<CardSize> sizes, Path folder)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        for (CardSize size : sizes) {
            int w = size.width();
            int h = size.height();
            Process p = new ProcessBuilder(convert, background.toString(), "-resize", w + "x" + h + "^",
                    "-gravity", "center", "-extent", w + "x" + h,
                    "(", "-size", (int) (w * 0.86) + "x" + (int) (h * 0.3), "-background", "none", "-fill", "white",
                    "-font", font.toString(), "caption:" + headline, ")",
                    "-gravity", "south", "-geometry", "+0+" + (int) (h * 0.06), "-composite",
                    folder.resolve("im-" + size.name() + ".png").toString())
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("ImageMagick failed on the " + size.name() + " card");
            }
        }
        long elapsed = System.nanoTime() - start;
        if (sizes.stream().anyMatch(s -> !Files.exists(folder.resolve("im-" + s.name() + ".png")))) {
            throw new IOException("ImageMagick wrote no card");
        }
        return elapsed;
    }
}
