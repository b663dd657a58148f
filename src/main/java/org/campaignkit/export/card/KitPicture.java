package org.campaignkit.export.card;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.campaignkit.export.ExportOptions.ImageFormat;
import org.campaignkit.kit.ImageProbe;

/**
 * A picture made fit to go into a kit: nothing in the file but the picture. People at risk share
 * kits, and a phone photo carries where and when it was taken and on which phone. PNG stays PNG
 * and JPEG stays JPEG, their pixels untouched, only the metadata taken out; a JPEG that needs its
 * EXIF orientation to stand upright is turned upright and encoded again instead (the orientation
 * would otherwise go with the EXIF it lives in).
 */
public final class KitPicture {
    private KitPicture() {
    }

    /**
     * The picture's bytes without metadata, checked to decode as the card renderer will decode it.
     *
     * @param name the file's name, which the IOException thrown for a damaged or unusable picture names
     */
    public static byte[] withoutMetadata(byte[] bytes, String name) throws IOException {
        ImageProbe.Result probe = ImageProbe.probe(bytes);
        if (probe.ok().isEmpty()) {
            throw new IOException(name + " " + probe.problem() + ".");
        }
        byte[] clean;
        int orientation = 1;
        try {
            if (probe.info().format().equals("png")) {
                clean = PngMetadata.strip(bytes);
            } else {
                JpegMetadata.Stripped stripped = JpegMetadata.strip(bytes);
                clean = stripped.bytes();
                orientation = stripped.orientation();
            }
        } catch (IOException e) {
            throw new IOException(name + " " + e.getMessage() + ".", e);
        }
        boolean turn = orientation > 1 && orientation <= 8;
        // Decoding proves the picture draws; one to turn is decoded from the original, which still says how.
        BufferedImage picture = KitImages.decode(turn ? bytes : clean, name, false);
        return turn ? CardImageWriter.encode(picture, ImageFormat.JPEG) : clean;
    }
}
