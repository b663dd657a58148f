package org.campaignkit.export.card;

import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.campaignkit.kit.ImageProbe;
import org.campaignkit.kit.KitFormatException;
import org.campaignkit.kit.source.KitFiles;

/**
 * The pictures of one kit, each read and decoded once and kept: backgrounds in sRGB without
 * alpha, the logo in sRGB with alpha and its transparent edges trimmed. A kit may come from a
 * stranger, so the header is checked ({@link ImageProbe}) before any pixel is decoded, and a
 * picture far larger than any card needs is decoded at a fraction of its size.
 */
public final class KitImages {
    /** Longest side a decoded picture keeps; 2.5 times the longest preset card side. */
    static final int MAX_DECODED_SIDE = 4_096;

    private final KitFiles files;
    private final Map<String, BufferedImage> decoded = new HashMap<>();

    public KitImages(KitFiles files) {
        this.files = files;
    }

    /** A background picture, decoded once; an IOException says in plain words what is wrong with it. */
    public synchronized BufferedImage background(String path) throws IOException {
        BufferedImage image = decoded.get(path);
        if (image == null) {
            image = decode(path, false);
            decoded.put(path, image);
        }
        return image;
    }

    /** The logo with its transparent margin cut off, so it is sized by what shows. */
    public synchronized BufferedImage logo(String path) throws IOException {
        String key = "logo:" + path;
        BufferedImage image = decoded.get(key);
        if (image == null) {
            image = trimTransparentEdges(decode(path, true));
            decoded.put(key, image);
        }
        return image;
    }

    /** The picture upright, in sRGB, with alpha only when asked for and present. */
    private BufferedImage decode(String path, boolean keepAlpha) throws IOException {
        byte[] bytes;
        try {
            bytes = files.read(path, ImageProbe.MAX_FILE_BYTES);
        } catch (KitFormatException e) {
            throw new IOException(path + ": " + e.finding().message(), e);
        }
        return decode(bytes, path, keepAlpha);
    }

    /**
     * A picture's bytes decoded upright, in sRGB, at most {@link #MAX_DECODED_SIDE} a side; an
     * IOException names the picture ({@code path}) and says in plain words what is wrong with it.
     */
    static BufferedImage decode(byte[] bytes, String path, boolean keepAlpha) throws IOException {
        ImageProbe.Result probe = ImageProbe.probe(bytes);
        if (probe.ok().isEmpty()) {
            throw new IOException(path + " " + probe.problem() + ".");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException(path + " is not a PNG or JPEG image.");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, false);
                ImageReadParam param = reader.getDefaultReadParam();
                int side = Math.max(probe.info().width(), probe.info().height());
                int step = (side + MAX_DECODED_SIDE - 1) / MAX_DECODED_SIDE;
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                BufferedImage image = reader.read(0, param);
                return ExifOrientation.upright(toSrgb(image, keepAlpha), ExifOrientation.of(reader));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // CMYK JPEGs, truncated files and the like: one line that names the file, not a stack trace.
            throw new IOException(path + " cannot be decoded (" + e.getMessage()
                    + "); save it again as an sRGB PNG or JPEG.", e);
        }
    }

    /** Pixels in sRGB, converting from an embedded colour profile (Adobe RGB, Display P3) when there is one. */
    static BufferedImage toSrgb(BufferedImage image, boolean keepAlpha) {
        boolean alpha = keepAlpha && image.getColorModel().hasAlpha();
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(),
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        ColorSpace space = image.getColorModel().getColorSpace();
        if (!space.isCS_sRGB() && space.getType() != ColorSpace.TYPE_GRAY) {
            new ColorConvertOp(null).filter(image, out);
            return out;
        }
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** The smallest part of the image holding every pixel that is not fully transparent. */
    static BufferedImage trimTransparentEdges(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return image;
        }
        int minX = image.getWidth();
        int minY = image.getHeight();
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) >>> 24) != 0) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        if (maxX < 0) {
            return image; // wholly transparent: nothing to show, nothing to trim
        }
        return image.getSubimage(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }
}
