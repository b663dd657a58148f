package org.campaignkit.export.card;

import org.campaignkit.testing.ExifJpeg;

import org.campaignkit.testing.MemorySink;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.campaignkit.export.ExportContext;
import org.campaignkit.export.ExportOptions;
import org.campaignkit.export.ExportOptions.ImageFormat;
import org.campaignkit.export.LocalizedTexts;
import org.campaignkit.export.MissingTranslationException;
import org.campaignkit.export.OutputKind;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.KitReader;
import org.campaignkit.kit.source.KitFiles;
import org.campaignkit.testing.TestKit;
import org.campaignkit.text.PlatformRules;
import org.campaignkit.text.fonts.KitFonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CardExporterTest {
    private static final LocalDate DATE = LocalDate.of(2026, 12, 1);

    @TempDir
    Path folder;

    /** The test kit with a second card: a brand-colour background at three sizes, one of them custom. */
    private TestKit twoCards() {
        TestKit kit = TestKit.create(folder);
        kit.editJson("kit.json", root -> {
            ObjectNode card = ((ArrayNode) root.get("cards")).addObject();
            card.put("id", "c2").put("background", "primary").put("layout", "top")
                    .put("headline", "card.c2.headline").put("alt", "card.c2.alt");
            ArrayNode sizes = card.putArray("sizes").add("story").add("x");
            sizes.addObject().put("width", 1500).put("height", 500).put("name", "banner");
            sizes.add("x"); // named twice: still one file
        });
        kit.editJson("texts/en.json", root -> ((ObjectNode) root.get("strings"))
                .put("card.c2.headline", "Second card").put("card.c2.alt", "A purple card that says: Second card"));
        kit.writeBytes("images/bg.png", png(solidPhoto()));
        return kit;
    }

    private static MemorySink export(Path kitFolder, String language, ExportOptions options) throws Exception {
        Kit kit = new KitReader().read(kitFolder).kit();
        MemorySink sink = new MemorySink();
        try (KitFiles files = KitFiles.open(kitFolder)) {
            ExportContext context = new ExportContext(kit, files, KitFonts.forKit(kit, files), PlatformRules.bundled(), options);
            new CardExporter().export(context, LocalizedTexts.of(kit, language, options.values(), options.allowMissing()), sink);
        }
        return sink;
    }

    private static ExportOptions options(Set<OutputKind> only, boolean allowMissing, ImageFormat format) {
        return new ExportOptions(Map.of(), only, allowMissing, DATE, null, null, format);
    }

    @Test
    void writesEveryCardAtEverySizeInKitOrderThenTheAltText() throws Exception {
        MemorySink sink = export(twoCards().folder(), "en", ExportOptions.defaults(DATE));
        assertThat(sink.paths()).containsExactly("en/cards/c1-instagram-square.png", "en/cards/c2-story.png",
                "en/cards/c2-x.png", "en/cards/c2-banner.png", "en/cards/alt-text.txt");
        String caller = Thread.currentThread().getName();
        assertThat(sink.written()).allSatisfy(f -> assertThat(f.thread()).as("written on the caller's thread").isEqualTo(caller));

        MemorySink.Written banner = sink.file("en/cards/c2-banner.png");
        assertThat(banner.meta()).isEqualTo(new org.campaignkit.export.ExportSink.Meta(OutputKind.CARD, "en", "c2", false,
                1500, 500));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(banner.bytes()));
        assertThat(image.getWidth()).isEqualTo(1500);
        assertThat(image.getHeight()).isEqualTo(500);
        assertThat(sink.file("en/cards/alt-text.txt").meta().kind()).isEqualTo(OutputKind.ALT_TEXT);
    }

    @Test
    void theAltTextFileListsEachCardItsFilesAndItsDescriptionOnItsOwnLine() throws Exception {
        String text = new String(export(twoCards().folder(), "en", ExportOptions.defaults(DATE))
                .file("en/cards/alt-text.txt").bytes(), StandardCharsets.UTF_8);
        assertThat(text).contains("\r\nCard: c1\r\nFiles: c1-instagram-square.png\r\nAlt text:\r\nA card that says hello\r\n");
        assertThat(text).contains("Card: c2\r\nFiles: c2-story.png, c2-x.png, c2-banner.png\r\nAlt text:\r\n"
                + "A purple card that says: Second card\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void theSameKitGivesTheSameBytesEveryTime() throws Exception {
        Path kit = twoCards().folder();
        for (ImageFormat format : ImageFormat.values()) {
            MemorySink first = export(kit, "en", options(Set.of(), false, format));
            MemorySink second = export(kit, "en", options(Set.of(), false, format));
            assertThat(second.paths()).isEqualTo(first.paths());
            for (int i = 0; i < first.written().size(); i++) {
                assertThat(second.written().get(i).bytes()).as(first.written().get(i).path()).isEqualTo(first.written().get(i).bytes());
            }
        }
    }

    @Test
    void jpegCardsAreJpegFilesAndListedAsSuchInTheAltText() throws Exception {
        MemorySink sink = export(twoCards().folder(), "en", options(Set.of(), false, ImageFormat.JPEG));
        byte[] jpeg = sink.file("en/cards/c2-x.jpg").bytes();
        assertThat(jpeg[0]).isEqualTo((byte) 0xFF);
        assertThat(jpeg[1]).isEqualTo((byte) 0xD8);
        assertThat(new String(sink.file("en/cards/alt-text.txt").bytes(), StandardCharsets.UTF_8))
                .contains("c2-story.jpg, c2-x.jpg, c2-banner.jpg");
    }

    @Test
    void onlyTheKindsAskedForAreWritten() throws Exception {
        Path kit = twoCards().folder();
        assertThat(export(kit, "en", options(Set.of(OutputKind.ALT_TEXT), false, ImageFormat.PNG)).paths())
                .containsExactly("en/cards/alt-text.txt");
        assertThat(export(kit, "en", options(Set.of(OutputKind.CARD), false, ImageFormat.PNG)).paths())
                .hasSize(4).allMatch(p -> p.endsWith(".png"));
        assertThat(new CardExporter().kinds()).containsExactlyInAnyOrder(OutputKind.CARD, OutputKind.ALT_TEXT);
    }

    @Test
    void sourceTextStandingInIsMarkedOnTheFilesThatUseIt() throws Exception {
        Path kit = twoCards().folder();
        MemorySink sink = export(kit, "es", options(Set.of(), true, ImageFormat.PNG));
        assertThat(sink.file("es/cards/c1-instagram-square.png").meta().fallback()).isFalse();
        assertThat(sink.file("es/cards/c2-story.png").meta().fallback()).isTrue();
        assertThat(sink.file("es/cards/alt-text.txt").meta().fallback()).isTrue();
        assertThatThrownBy(() -> export(kit, "es", ExportOptions.defaults(DATE)))
                .isInstanceOf(MissingTranslationException.class).hasMessageContaining("card.c2.headline");
    }

    @Test
    void nothingOfAPhotosExifReachesTheCardAndAPhoneIsPhotoIsTurnedUpright() throws Exception {
        TestKit kit = TestKit.create(folder);
        kit.editJson("kit.json", root -> ((ObjectNode) root.get("cards").get(0)).put("background", "images/phone.jpg"));
        // Stored sideways (orientation 6): upright, the photo is taller than wide.
        kit.writeBytes("images/phone.jpg", ExifJpeg.of(CardPixels.solid(300, 200, Color.ORANGE), 6, false));
        byte[] card = export(kit.folder(), "en", ExportOptions.defaults(DATE)).file("en/cards/c1-instagram-square.png").bytes();
        String raw = new String(card, StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain("SecretCamera").doesNotContain("Exif").doesNotContain("GPS");
        assertThat(CardImageWriterTest.pngChunks(card)).containsOnly("IHDR", "IDAT", "IEND");
        try (KitFiles files = KitFiles.open(kit.folder())) {
            BufferedImage upright = new KitImages(files).background("images/phone.jpg");
            assertThat(upright.getWidth()).isEqualTo(200);
            assertThat(upright.getHeight()).isEqualTo(300);
        }
    }

    @Test
    void aDamagedBackgroundStopsTheExportWithItsName() {
        TestKit kit = TestKit.create(folder);
        kit.write("images/bg.png", "not a picture at all");
        assertThatThrownBy(() -> export(kit.folder(), "en", ExportOptions.defaults(DATE)))
                .isInstanceOf(IOException.class).hasMessageStartingWith("images/bg.png");
    }

    @Test
    void theBundledKitInArabicGivesEveryCardAndItsAltText() throws Exception {
        MemorySink sink = export(TestKit.BUNDLED, "ar", ExportOptions.defaults(DATE));
        Kit kit = new KitReader().read(TestKit.BUNDLED).kit();
        int files = kit.cards().stream().mapToInt(c -> c.sizes().size()).sum();
        assertThat(sink.paths()).hasSize(files + 1).allMatch(p -> p.startsWith("ar/cards/"));
        assertThat(sink.written().subList(0, files)).allSatisfy(f -> {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(f.bytes()));
            assertThat(image.getWidth()).as(f.path()).isEqualTo(f.meta().width());
            assertThat(image.getHeight()).as(f.path()).isEqualTo(f.meta().height());
        });
        String alt = new String(sink.file("ar/cards/alt-text.txt").bytes(), StandardCharsets.UTF_8);
        for (var card : kit.cards()) {
            String expected = kit.textsOf("ar").orElseThrow().text(card.altKey()).orElseThrow();
            assertThat(alt).contains("Card: " + card.id() + "\r\n").contains("\r\n" + expected + "\r\n");
        }
    }

    private static BufferedImage solidPhoto() {
        return CardPixels.solid(320, 240, new Color(0x556677));
    }

    private static byte[] png(BufferedImage image) {
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
