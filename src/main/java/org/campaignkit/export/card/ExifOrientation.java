package org.campaignkit.export.card;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import org.w3c.dom.Node;

/**
 * Turns a phone photo upright. Phones store pictures as the sensor saw them and put the way to
 * turn them in EXIF; ImageIO ignores that, so without this a portrait photo lands on its side.
 * Only the orientation is read; nothing of the EXIF data goes further.
 */
final class ExifOrientation {
    private static final String JPEG_METADATA = "javax_imageio_jpeg_image_1.0";
    private static final int APP1 = 0xE1;
    private static final int ORIENTATION_TAG = 0x0112;

    private ExifOrientation() {
    }

    /** The EXIF orientation (1 to 8) of the image a reader has read; 1 (as stored) when it has none. */
    static int of(ImageReader reader) {
        try {
            IIOMetadata metadata = reader.getImageMetadata(0);
            if (metadata == null || !Arrays.asList(metadata.getMetadataFormatNames()).contains(JPEG_METADATA)) {
                return 1;
            }
            Node sequence = child(metadata.getAsTree(JPEG_METADATA), "markerSequence");
            for (Node n = sequence == null ? null : sequence.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof IIOMetadataNode marker && "unknown".equals(n.getNodeName())
                        && String.valueOf(APP1).equals(marker.getAttribute("MarkerTag"))
                        && marker.getUserObject() instanceof byte[] data) {
                    int found = fromExif(data);
                    if (found > 0) {
                        return found;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // Damaged EXIF: the picture is still usable as stored.
        }
        return 1;
    }

    /** The orientation entry of the first image directory of an APP1 "Exif" segment, or 0. */
    static int fromExif(byte[] d) {
        if (d.length < 14 || d[0] != 'E' || d[1] != 'x' || d[2] != 'i' || d[3] != 'f' || d[4] != 0 || d[5] != 0) {
            return 0;
        }
        int tiff = 6;
        boolean little = d[tiff] == 'I' && d[tiff + 1] == 'I';
        if (!little && !(d[tiff] == 'M' && d[tiff + 1] == 'M')) {
            return 0;
        }
        long directory = tiff + unsigned(d, tiff + 4, 4, little);
        if (directory + 2 > d.length) {
            return 0;
        }
        int entries = (int) unsigned(d, (int) directory, 2, little);
        for (int i = 0; i < entries; i++) {
            int entry = (int) directory + 2 + 12 * i;
            if (entry + 12 > d.length) {
                return 0;
            }
            if (unsigned(d, entry, 2, little) == ORIENTATION_TAG) {
                return (int) unsigned(d, entry + 8, 2, little);
            }
        }
        return 0;
    }

    private static long unsigned(byte[] d, int at, int length, boolean little) {
        long value = 0;
        for (int i = 0; i < length; i++) {
            int b = d[little ? at + length - 1 - i : at + i] & 0xFF;
            value = (value << 8) | b;
        }
        return value;
    }

    private static Node child(Node parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (name.equals(n.getNodeName())) {
                return n;
            }
        }
        return null;
    }

    /** The image turned upright: mirrors and quarter turns by exact pixel moves (EXIF orientations 2 to 8). */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform t = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            default -> new AffineTransform(0, -1, 1, 0, 0, w);
        };
        boolean sideways = orientation >= 5;
        int type = image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage out = new BufferedImage(sideways ? h : w, sideways ? w : h, type);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.drawImage(image, t, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
