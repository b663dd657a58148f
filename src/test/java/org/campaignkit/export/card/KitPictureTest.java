package org.campaignkit.export.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.campaignkit.kit.ImageProbe;
import org.campaignkit.testing.ExifJpeg;
import org.junit.jupiter.api.Test;

class KitPictureTest {
    private static final String SECRET = "GPS 52.5200N 13.4050E Phone of Jane Doe";

    /** A picture with an edge on each side, so a turn or a mirror shows. */
    private static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 4, height);
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, width, height / 5);
        g.dispose();
        return image;
    }

    private static BufferedImage decode(byte[] bytes) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }

    /** A JPEG with EXIF, an XMP packet, a comment, an IPTC block and a video appended after its end, as phones make them. */
    private static byte[] phoneJpeg(int orientation) throws IOException {
        byte[] exif = ExifJpeg.of(picture(120, 80), orientation, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(exif, 0, 2);
        segment(out, 0xE1, "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>" + SECRET + "</x:xmpmeta>");
        segment(out, 0xED, "Photoshop 3.0\0" + SECRET);
        segment(out, 0xFE, SECRET);
        out.write(exif, 2, exif.length - 2);
        out.writeBytes(("ftypmp42 motion photo video " + SECRET).getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    private static void segment(ByteArrayOutputStream out, int marker, String data) {
        byte[] bytes = data.getBytes(StandardCharsets.ISO_8859_1);
        out.write(0xFF);
        out.write(marker);
        out.write((bytes.length + 2) >> 8);
        out.write((bytes.length + 2) & 0xFF);
        out.writeBytes(bytes);
    }

    @Test
    void aJpegLosesEveryMetadataSegmentAndWhatFollowsItsEndButNoPixel() throws IOException {
        byte[] phone = phoneJpeg(1);
        assertThat(contains(phone, ExifJpeg.CAMERA)).isTrue();
        byte[] clean = KitPicture.withoutMetadata(phone, "holiday.jpg");
        assertThat(contains(clean, ExifJpeg.CAMERA)).isFalse();
        assertThat(contains(clean, SECRET)).isFalse();
        assertThat(contains(clean, "Exif")).isFalse();
        assertThat(contains(clean, "xmpmeta")).isFalse();
        assertThat(clean[clean.length - 2] & 0xFF).isEqualTo(0xFF);
        assertThat(clean[clean.length - 1] & 0xFF).isEqualTo(0xD9);
        assertThat(ImageProbe.probe(clean).ok()).hasValueSatisfying(info -> assertThat(info.format()).isEqualTo("jpeg"));
        assertThat(pixels(decode(clean))).as("only segments went, the scan is untouched").isEqualTo(pixels(decode(phone)));
    }

    @Test
    void aJpegThatNeedsItsOrientationIsTurnedUprightAndStaysAJpegWithoutExif() throws IOException {
        byte[] phone = phoneJpeg(6); // stored 120 x 80, shown turned a quarter clockwise: 80 x 120
        byte[] clean = KitPicture.withoutMetadata(phone, "portrait.jpg");
        assertThat(contains(clean, ExifJpeg.CAMERA)).isFalse();
        assertThat(contains(clean, "Exif")).isFalse();
        assertThat(ImageProbe.probe(clean).ok()).hasValueSatisfying(info -> assertThat(info.format()).isEqualTo("jpeg"));
        BufferedImage upright = decode(clean);
        assertThat(upright.getWidth()).isEqualTo(80);
        assertThat(upright.getHeight()).isEqualTo(120);
        // The blue top band of the stored picture is on the right once turned clockwise; the red left band on top.
        assertThat(new Color(upright.getRGB(75, 60)).getBlue()).isGreaterThan(180);
        assertThat(new Color(upright.getRGB(30, 5)).getRed()).isGreaterThan(180);
    }

    @Test
    void aPngKeepsItsPictureChunksAndLosesTextExifTimeAndPrivateChunks() throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(picture(50, 40), "png", plain);
        byte[] png = plain.toByteArray();
        int afterHeader = 8 + 25; // signature, IHDR
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterHeader);
        chunk(out, "tEXt", "Comment\0" + SECRET);
        chunk(out, "iTXt", "XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta>" + SECRET);
        chunk(out, "eXIf", "MM\0*" + SECRET);
        chunk(out, "tIME", "\u0007\u00ea\u0001\u0002\u0003\u0004\u0005");
        chunk(out, "caBX", SECRET);
        chunk(out, "gAMA", "\0\0\u00b1\u008f");
        out.write(png, afterHeader, png.length - afterHeader);
        out.writeBytes(SECRET.getBytes(StandardCharsets.ISO_8859_1));
        byte[] tagged = out.toByteArray();

        byte[] clean = KitPicture.withoutMetadata(tagged, "map.png");
        assertThat(contains(clean, SECRET)).isFalse();
        assertThat(contains(clean, "tIME")).isFalse();
        assertThat(contains(clean, "gAMA")).as("how the pixels look stays").isTrue();
        assertThat(ImageProbe.probe(clean).ok()).hasValueSatisfying(info -> assertThat(info.format()).isEqualTo("png"));
        assertThat(pixels(decode(clean))).isEqualTo(pixels(decode(tagged)));
        assertThat(Arrays.copyOfRange(clean, clean.length - 8, clean.length - 4))
                .isEqualTo("IEND".getBytes(StandardCharsets.ISO_8859_1));
    }

    private static void chunk(ByteArrayOutputStream out, String type, String data) {
        byte[] body = (type + data).getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(body);
        out.writeBytes(ByteBuffer.allocate(4).putInt(body.length - 4).array());
        out.writeBytes(body);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    @Test
    void whatIsNotAUsablePngOrJpegIsRefusedNamingTheFile() throws IOException {
        ByteArrayOutputStream gif = new ByteArrayOutputStream();
        ImageIO.write(picture(10, 10), "gif", gif);
        assertThatThrownBy(() -> KitPicture.withoutMetadata(gif.toByteArray(), "cat.gif"))
                .isInstanceOf(IOException.class).hasMessageStartingWith("cat.gif ").hasMessageContaining("GIF");
        assertThatThrownBy(() -> KitPicture.withoutMetadata("not a picture".getBytes(StandardCharsets.UTF_8), "notes.png"))
                .isInstanceOf(IOException.class).hasMessageStartingWith("notes.png ");
        byte[] jpeg = phoneJpeg(1);
        byte[] cut = Arrays.copyOf(jpeg, 400);
        assertThatThrownBy(() -> KitPicture.withoutMetadata(cut, "cut.jpg"))
                .isInstanceOf(IOException.class).hasMessageStartingWith("cut.jpg ");
    }
}
