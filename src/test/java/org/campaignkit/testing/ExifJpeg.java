package org.campaignkit.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** A JPEG as a phone makes it: with an EXIF segment holding an orientation and a camera name. */
public final class ExifJpeg {
    public static final String CAMERA = "SecretCamera GPS 52.52N";

    private ExifJpeg() {
    }

    public static byte[] of(BufferedImage image, int orientation, boolean bigEndian) {
        try {
            ByteArrayOutputStream plain = new ByteArrayOutputStream();
            ImageIO.write(image, "jpeg", plain);
            byte[] jpeg = plain.toByteArray();
            byte[] exif = exif(orientation, bigEndian);
            // An Exif file has an APP1 segment where a JFIF file has APP0: swap ImageIO's APP0 for it.
            int afterApp0 = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(jpeg, 0, 2); // SOI
            out.write(0xFF);
            out.write(0xE1);
            int length = exif.length + 2;
            out.write(length >> 8);
            out.write(length & 0xFF);
            out.write(exif);
            out.write(jpeg, afterApp0, jpeg.length - afterApp0);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Exif\0\0", a TIFF header and one directory: Orientation (SHORT) and Make (ASCII). */
    public static byte[] exif(int orientation, boolean bigEndian) {
        byte[] camera = (CAMERA + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 2 * 12 + 4 + camera.length)
                .order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        tiff.put(bigEndian ? (byte) 'M' : (byte) 'I').put(bigEndian ? (byte) 'M' : (byte) 'I').putShort((short) 42).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x010F).putShort((short) 2).putInt(camera.length).putInt(8 + 2 + 2 * 12 + 4);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        tiff.put(camera);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(tiff.array());
        return out.toByteArray();
    }
}
