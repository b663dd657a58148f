package org.campaignkit.export.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.campaignkit.export.ExportOptions.ImageFormat;
import org.campaignkit.kit.CardLayout;
import org.campaignkit.text.fonts.FontBook;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class CardImageWriterTest {
    private static final BufferedImage CARD = new CardRenderer(FontBook.bundled(), CardPixels.BRAND)
            .render(CardPixels.card("images/bg.jpg", CardLayout.BOTTOM_BAND), CardPixels.SQUARE,
                    new CardText("Security, not surveillance", "Limit the power to collect and share our data"), "en",
                    CardPixels.solid(600, 600, java.awt.Color.ORANGE), null)
            .image();

    @Test
    void aPngHoldsThePictureAndNothingElse() throws IOException {
        byte[] png = CardImageWriter.encode(CARD, ImageFormat.PNG);
        List<String> chunks = pngChunks(png);
        assertThat(chunks.get(0)).isEqualTo("IHDR");
        assertThat(chunks.get(chunks.size() - 1)).isEqualTo("IEND");
        assertThat(chunks).containsOnly("IHDR", "IDAT", "IEND");
        // IHDR: 8 bits a channel, colour type 2 (RGB, no alpha).
        assertThat(png[8 + 8 + 8]).isEqualTo((byte) 8);
        assertThat(png[8 + 8 + 9]).isEqualTo((byte) 2);

        Node tree = metadata(png).getAsTree("javax_imageio_png_1.0");
        for (String forbidden : List.of("tEXt", "iTXt", "zTXt", "tIME", "UnknownChunks")) {
            assertThat(((Element) tree).getElementsByTagName(forbidden).getLength()).as(forbidden).isZero();
        }
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(back.getWidth()).isEqualTo(1080);
        assertThat(back.getRGB(540, 1000)).isEqualTo(CARD.getRGB(540, 1000));
        assertThat(back.getRGB(17, 17)).isEqualTo(CARD.getRGB(17, 17));
    }

    @Test
    void aJpegHasNoExifNoCommentAndFullColourDetail() throws IOException {
        byte[] jpeg = CardImageWriter.encode(CARD, ImageFormat.JPEG);
        List<Integer> markers = jpegMarkers(jpeg);
        assertThat(markers).doesNotContain(0xE1, 0xFE).contains(0xE0, 0xDB, 0xC0, 0xDA);
        assertThat(new String(jpeg, StandardCharsets.ISO_8859_1)).doesNotContain("Exif").doesNotContain("SecretCamera");

        Element tree = (Element) metadata(jpeg).getAsTree("javax_imageio_jpeg_image_1.0");
        NodeList unknown = tree.getElementsByTagName("unknown");
        for (int i = 0; i < unknown.getLength(); i++) {
            assertThat(((Element) unknown.item(i)).getAttribute("MarkerTag")).isNotEqualTo("225");
        }
        assertThat(tree.getElementsByTagName("com").getLength()).isZero();
        NodeList components = tree.getElementsByTagName("componentSpec");
        assertThat(components.getLength()).isEqualTo(3);
        for (int i = 0; i < components.getLength(); i++) {
            assertThat(((Element) components.item(i)).getAttribute("HsamplingFactor")).isEqualTo("1");
            assertThat(((Element) components.item(i)).getAttribute("VsamplingFactor")).isEqualTo("1");
        }
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertThat(back.getWidth()).isEqualTo(1080);
        assertThat(back.getHeight()).isEqualTo(1080);
    }

    @Test
    void theSameImageGivesTheSameBytes() throws IOException {
        for (ImageFormat format : ImageFormat.values()) {
            assertThat(CardImageWriter.encode(CARD, format)).as(format.name())
                    .isEqualTo(CardImageWriter.encode(CARD, format));
        }
    }

    @Test
    void anImageWithAlphaIsWrittenAsOpaqueRgb() throws IOException {
        BufferedImage argb = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB);
        argb.setRGB(3, 4, 0xFF112233);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(CardImageWriter.encode(argb, ImageFormat.PNG)));
        assertThat(back.getColorModel().hasAlpha()).isFalse();
        assertThat(back.getRGB(3, 4)).isEqualTo(0xFF112233);
        assertThat(back.getRGB(0, 0)).as("transparent becomes white").isEqualTo(0xFFFFFFFF);
    }

    static IIOMetadata metadata(byte[] bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            try {
                reader.setInput(in);
                return reader.getImageMetadata(0);
            } finally {
                reader.dispose();
            }
        }
    }

    static List<String> pngChunks(byte[] png) {
        List<String> chunks = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.wrap(png);
        buffer.position(8);
        while (buffer.remaining() >= 12) {
            int length = buffer.getInt();
            byte[] type = new byte[4];
            buffer.get(type);
            chunks.add(new String(type, StandardCharsets.US_ASCII));
            buffer.position(buffer.position() + length + 4);
        }
        return chunks;
    }

    /** The marker of every segment before the image data (SOS ends the list). */
    static List<Integer> jpegMarkers(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            markers.add(marker);
            if (marker == 0xDA) {
                break;
            }
            at += 2 + (((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF));
        }
        return markers;
    }
}
