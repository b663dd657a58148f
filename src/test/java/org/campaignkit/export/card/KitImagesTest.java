package org.campaignkit.export.card;

import org.campaignkit.testing.ExifJpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.campaignkit.kit.source.KitFiles;
import org.campaignkit.testing.TestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KitImagesTest {
    @TempDir
    Path folder;

    @Test
    void theLogoLosesItsTransparentMarginAndKeepsItsAlpha() throws Exception {
        BufferedImage logo = new BufferedImage(100, 50, BufferedImage.TYPE_INT_ARGB);
        for (int y = 20; y < 30; y++) {
            for (int x = 30; x < 50; x++) {
                logo.setRGB(x, y, 0xFF4B1D78);
            }
        }
        logo.setRGB(31, 21, 0x804B1D78);
        TestKit kit = TestKit.create(folder).writeBytes("images/logo.png", png(logo));
        try (KitFiles files = KitFiles.open(kit.folder())) {
            BufferedImage trimmed = new KitImages(files).logo("images/logo.png");
            assertThat(trimmed.getWidth()).isEqualTo(20);
            assertThat(trimmed.getHeight()).isEqualTo(10);
            assertThat(trimmed.getRGB(1, 1) >>> 24).isEqualTo(0x80);
        }
    }

    @Test
    void aPictureFarLargerThanAnyCardIsDecodedSmaller() throws Exception {
        TestKit kit = TestKit.create(folder).writeBytes("images/bg.png", png(CardPixels.solid(9000, 20, Color.BLUE)));
        try (KitFiles files = KitFiles.open(kit.folder())) {
            BufferedImage decoded = new KitImages(files).background("images/bg.png");
            assertThat(decoded.getWidth()).isLessThanOrEqualTo(KitImages.MAX_DECODED_SIDE).isGreaterThan(2000);
            assertThat(decoded.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
            assertThat(decoded.getRGB(5, 5)).isEqualTo(Color.BLUE.getRGB());
        }
    }

    @Test
    void aPictureIsDecodedOnceAndAMissingOneIsNamed() throws Exception {
        TestKit kit = TestKit.create(folder);
        try (KitFiles files = KitFiles.open(kit.folder())) {
            KitImages images = new KitImages(files);
            assertThat(images.background("images/bg.png")).isSameAs(images.background("images/bg.png"));
            assertThatThrownBy(() -> images.background("images/missing.jpg")).isInstanceOf(IOException.class)
                    .hasMessageStartingWith("images/missing.jpg");
        }
    }

    @Test
    void everyExifOrientationIsTurnedUpright() throws Exception {
        // A 3 x 2 picture whose top-left pixel is red; upright, the red pixel is where EXIF says.
        BufferedImage stored = CardPixels.solid(3, 2, Color.WHITE);
        stored.setRGB(0, 0, Color.RED.getRGB());
        int[][] redAt = {{0, 0}, {2, 0}, {2, 1}, {0, 1}, {0, 0}, {1, 0}, {1, 2}, {0, 2}};
        for (int orientation = 1; orientation <= 8; orientation++) {
            BufferedImage upright = ExifOrientation.upright(stored, orientation);
            boolean sideways = orientation >= 5;
            assertThat(upright.getWidth()).as("orientation " + orientation).isEqualTo(sideways ? 2 : 3);
            int[] at = redAt[orientation - 1];
            assertThat(upright.getRGB(at[0], at[1])).as("orientation " + orientation).isEqualTo(Color.RED.getRGB());
        }
        assertThat(ExifOrientation.fromExif(ExifJpeg.exif(8, true))).isEqualTo(8);
        assertThat(ExifOrientation.fromExif(ExifJpeg.exif(3, false))).isEqualTo(3);
        assertThat(ExifOrientation.fromExif("Exif\0\0MM".getBytes(java.nio.charset.StandardCharsets.US_ASCII))).isZero();
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
