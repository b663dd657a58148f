package org.campaignkit.export.card;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.campaignkit.export.ExportOptions.ImageFormat;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Encodes a card as PNG or JPEG, 8-bit sRGB, with nothing in the file but the picture: no EXIF,
 * no GPS, no dates, no software name, nothing carried over from the background photo (the card
 * is freshly drawn pixels, so nothing can be). People at risk share these files. The same image
 * always gives the same bytes.
 */
public final class CardImageWriter {
    private static final float JPEG_QUALITY = 0.9f;
    private static final String JPEG_METADATA = "javax_imageio_jpeg_image_1.0";

    private CardImageWriter() {
    }

    /** The image as a file's bytes. */
    public static byte[] encode(BufferedImage image, ImageFormat format) throws IOException {
        BufferedImage rgb = asRgb(image);
        if (format == ImageFormat.PNG) {
            return PngEncoder.encode(rgb);
        }
        ImageWriter writer = writer(format == ImageFormat.JPEG ? "jpeg" : "png");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(rgb.getWidth() * rgb.getHeight());
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            IIOMetadata metadata = null;
            if (format == ImageFormat.JPEG) {
                param.setCompressionQuality(JPEG_QUALITY);
                metadata = fullColourJpeg(writer, rgb, param);
            }
            // No stream metadata and only the image's own structure: ImageIO then writes no text, time or EXIF chunk.
            writer.write(null, new IIOImage(rgb, null, metadata), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static ImageWriter writer(String format) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
        if (!writers.hasNext()) {
            throw new IOException("This Java has no " + format.toUpperCase(java.util.Locale.ROOT) + " encoder.");
        }
        return writers.next();
    }

    /**
     * JPEG's default structure (a JFIF header, tables, frame) with colour kept at full resolution:
     * the usual halving of colour detail smears yellow text on purple into a blur at its edges.
     */
    private static IIOMetadata fullColourJpeg(ImageWriter writer, BufferedImage image, ImageWriteParam param)
            throws IIOInvalidTreeException {
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
        Node tree = metadata.getAsTree(JPEG_METADATA);
        NodeList components = ((Element) tree).getElementsByTagName("componentSpec");
        for (int i = 0; i < components.getLength(); i++) {
            Element component = (Element) components.item(i);
            component.setAttribute("HsamplingFactor", "1");
            component.setAttribute("VsamplingFactor", "1");
        }
        metadata.setFromTree(JPEG_METADATA, tree);
        return metadata;
    }

    /** Cards are drawn as TYPE_INT_RGB; anything else (an app's preview copy) is converted, dropping alpha. */
    private static BufferedImage asRgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }
}
