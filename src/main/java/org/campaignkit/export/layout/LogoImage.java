package org.campaignkit.export.layout;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.campaignkit.kit.ImageProbe;
import org.campaignkit.kit.KitFormatException;
import org.campaignkit.kit.source.KitFiles;

/**
 * A layout's brand logo read from the kit, checked (a PNG or JPEG of sane size), decoded and
 * re-encoded as a plain PNG: the kit's file may carry EXIF (camera, GPS, author), and nothing of it
 * may reach a document people pass on. A logo that is missing or damaged is left off the document;
 * preflight names the file.
 *
 * @param png the logo as a PNG holding pixels only
 */
public record LogoImage(BufferedImage image, byte[] png, int width, int height) {

    /** The logo of a layout, or empty when it has none or it cannot be used. */
    public static Optional<LogoImage> of(DocumentLayout layout, KitFiles files) {
        if (layout.logo() == null || files == null) {
            return Optional.empty();
        }
        try {
            byte[] bytes = files.read(layout.logo(), ImageProbe.MAX_FILE_BYTES);
            if (ImageProbe.probe(bytes).ok().isEmpty()) {
                return Optional.empty();
            }
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes));
            if (decoded == null) {
                return Optional.empty();
            }
            // Copied value by value: drawing a semi-transparent image would round its edges' colours.
            int w = decoded.getWidth();
            int h = decoded.getHeight();
            BufferedImage pixels = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            pixels.setRGB(0, 0, w, h, decoded.getRGB(0, 0, w, h, null, 0, w), 0, w);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(pixels, "png", png);
            return Optional.of(new LogoImage(pixels, png.toByteArray(), pixels.getWidth(), pixels.getHeight()));
        } catch (KitFormatException | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Width and height in points that fit a box, keeping the logo's proportions. */
    public float[] fit(float maxWidth, float maxHeight) {
        float scale = Math.min(maxWidth / width, maxHeight / height);
        return new float[] {width * scale, height * scale};
    }
}
