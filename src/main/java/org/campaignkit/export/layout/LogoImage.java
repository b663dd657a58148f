package org.campaignkit.export.layout;

import java.util.Optional;
import org.campaignkit.kit.ImageProbe;
import org.campaignkit.kit.KitFormatException;
import org.campaignkit.kit.source.KitFiles;

/**
 * A layout's brand logo read from the kit and checked: a PNG or JPEG of sane size. A logo that is
 * missing or damaged is simply left off the document; preflight names the file.
 */
public record LogoImage(byte[] bytes, String format, int width, int height) {

    /** The logo of a layout, or empty when it has none or it cannot be used. */
    public static Optional<LogoImage> of(DocumentLayout layout, KitFiles files) {
        if (layout.logo() == null || files == null) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = files.read(layout.logo(), ImageProbe.MAX_FILE_BYTES);
        } catch (KitFormatException e) {
            return Optional.empty();
        }
        return ImageProbe.probe(bytes).ok().map(info -> new LogoImage(bytes, info.format(), info.width(), info.height()));
    }

    /** Width and height in points that fit a box, keeping the logo's proportions. */
    public float[] fit(float maxWidth, float maxHeight) {
        float scale = Math.min(maxWidth / width, maxHeight / height);
        return new float[] {width * scale, height * scale};
    }
}
