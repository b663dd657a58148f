package org.campaignkit.kit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads an image's format and size from its header without decoding its pixels, so that a file
 * claiming 100000 x 100000 pixels is refused before it can take gigabytes of memory.
 */
public final class ImageProbe {
    /** Larger than any card needs; a 16-bit-per-channel image this size still fits in memory. */
    public static final int MAX_SIDE = 16_384;
    public static final long MAX_PIXELS = 100_000_000L;
    public static final long MAX_FILE_BYTES = 50L << 20;

    static {
        ImageIO.setUseCache(false); // never spill a stranger's image into temp files
    }

    /** What the header says. */
    public record Info(String format, int width, int height) {
    }

    private ImageProbe() {
    }

    /** The image's format and size, or a reason it cannot be used. */
    public static Result probe(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return Result.bad("is not a PNG or JPEG image");
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!format.equals("png") && !format.equals("jpeg")) {
                    return Result.bad("is a " + format.toUpperCase(Locale.ROOT) + " image; a kit uses PNG or JPEG");
                }
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    return Result.bad("has no pixels");
                }
                if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
                    return Result.bad("declares " + width + " x " + height + " pixels, too large to open safely (at most "
                            + MAX_SIDE + " pixels a side)");
                }
                return new Result(new Info(format, width, height), null);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Result.bad("is damaged or not an image (" + e.getMessage() + ")");
        }
    }

    /** Either the image's info or why it is unusable. */
    public record Result(Info info, String problem) {
        static Result bad(String problem) {
            return new Result(null, problem);
        }

        public Optional<Info> ok() {
            return Optional.ofNullable(info);
        }
    }
}
