package org.campaignkit.export.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngEncoderTest {
    private static BufferedImage sample(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, (x * 255 / w) << 16 | (y * 255 / h) << 8 | random.nextInt(256));
            }
        }
        return image;
    }

    @Test
    void decodesToExactlyThePixelsItWasGiven() throws Exception {
        BufferedImage image = sample(157, 93);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(image)));
        assertThat(back.getWidth()).isEqualTo(157);
        assertThat(back.getHeight()).isEqualTo(93);
        for (int y = 0; y < 93; y++) {
            for (int x = 0; x < 157; x++) {
                assertThat(back.getRGB(x, y) & 0xFFFFFF).isEqualTo(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
    }

    @Test
    void writesOnlyHeaderDataAndEndChunks() throws Exception {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(PngEncoder.encode(sample(40, 30))));
        in.skipBytes(8);
        List<String> chunks = new ArrayList<>();
        while (in.available() > 0) {
            int length = in.readInt();
            byte[] type = new byte[4];
            in.readFully(type);
            chunks.add(new String(type, java.nio.charset.StandardCharsets.US_ASCII));
            in.skipBytes(length + 4);
        }
        assertThat(chunks).containsExactly("IHDR", "IDAT", "IEND");
    }

    @Test
    void sameImageSameBytes() throws Exception {
        assertThat(PngEncoder.encode(sample(64, 64))).isEqualTo(PngEncoder.encode(sample(64, 64)));
    }
}
