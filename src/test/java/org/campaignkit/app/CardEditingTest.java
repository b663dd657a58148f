package org.campaignkit.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.campaignkit.testing.Pictures.png;
import static org.campaignkit.testing.Pictures.solid;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.campaignkit.export.OutputKind;
import org.campaignkit.kit.Card;
import org.campaignkit.kit.CardLayout;
import org.campaignkit.kit.CardSize;
import org.campaignkit.kit.KitReader;
import org.campaignkit.testing.ExifJpeg;
import org.campaignkit.testing.TestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editing a card without a window: size, layout, focus point, a new background, fit per size. */
class CardEditingTest {
    @TempDir
    Path dir;

    private Recovery recovery() {
        return new Recovery(dir.resolve("recovery"));
    }

    @TempDir
    static Path recoveryRoot;

    private final ComposerViewModel model = new ComposerViewModel(TaskRunner.sameThread(), new Recovery(recoveryRoot));

    private CardEditing cards() {
        return model.cards();
    }

    private Card card(String id) {
        return model.kitProperty().get().card(id).orElseThrow();
    }

    private void select(String cardId) {
        OutlineItem cardsGroup = OutlineItem.of(model.kitProperty().get()).children().get(1);
        model.selectedProperty().set(cardsGroup.children().stream().filter(c -> c.id().equals(cardId)).findFirst().orElseThrow());
    }

    /** The test kit, its card "c1" (centred layout, one square size) on a 2000 x 1000 picture. */
    private TestKit wideKit() {
        return TestKit.create(dir.resolve("kit")).writeBytes("images/bg.png", png(solid(2000, 1000, Color.DARK_GRAY)));
    }

    @Test
    void aClickSetsTheFocusPointThroughTheCropOfThePictureShownAsOneUndoableEdit() {
        model.open(wideKit().folder());
        select("c1");
        assertThat(cards().pictureBackgroundProperty().get()).isTrue();
        assertThat(cards().markerProperty().get()).isNotNull()
                .satisfies(at -> assertThat(at.getX()).isCloseTo(0.5, within(0.002)));

        // Covering 1080 x 1080, the card shows the middle 1000 x 1000 of the 2000 x 1000 picture (x 500..1500, all
        // of its height): a quarter across the card is x = 500 + 250 of the picture, 0.375 of its width.
        cards().focusAt(0.25, 0.8);
        assertThat(card("c1").focusX()).isCloseTo(0.375, within(0.001));
        assertThat(card("c1").focusY()).isCloseTo(0.8, within(0.001));
        assertThat(model.canUndoProperty().get()).isTrue();
        // Drawn again around the new focus: x 250..1250 shows, so the focus is in the middle across.
        assertThat(cards().markerProperty().get()).satisfies(at -> {
            assertThat(at.getX()).isCloseTo(0.5, within(0.002));
            assertThat(at.getY()).isCloseTo(0.8, within(0.002));
        });

        cards().nudgeFocus(CardEditing.STEP, -CardEditing.BIG_STEP);
        assertThat(card("c1").focusX()).isCloseTo(0.395, within(0.001));
        assertThat(card("c1").focusY()).isCloseTo(0.7, within(0.001));
        cards().nudgeFocus(5, 5);
        assertThat(card("c1").focusX()).as("never off the picture").isEqualTo(1.0);

        model.undo();
        model.undo();
        model.undo();
        assertThat(card("c1").focusX()).isEqualTo(0.5);
        assertThat(card("c1").focusY()).isEqualTo(0.5);
        assertThat(model.canUndoProperty().get()).isFalse();
    }

    @Test
    void aBrandColourBackgroundHasNoFocusPointToSet() {
        model.open(TestKit.BUNDLED);
        select("gender");
        assertThat(cards().pictureBackgroundProperty().get()).isFalse();
        assertThat(cards().markerProperty().get()).isNull();
        cards().focusAt(0.1, 0.1);
        cards().nudgeFocus(CardEditing.STEP, 0);
        assertThat(model.canUndoProperty().get()).isFalse();
    }

    @Test
    void theLayoutIsPickedAsOneUndoableEdit() {
        model.open(wideKit().folder());
        select("c1");
        assertThat(cards().layoutProperty().get()).isEqualTo(CardLayout.CENTER);
        cards().chooseLayout(CardLayout.TOP);
        assertThat(card("c1").layout()).isEqualTo(CardLayout.TOP);
        assertThat(cards().layoutProperty().get()).isEqualTo(CardLayout.TOP);
        cards().chooseLayout(CardLayout.TOP);
        model.undo();
        assertThat(card("c1").layout()).isEqualTo(CardLayout.CENTER);
        assertThat(model.canUndoProperty().get()).as("choosing the same layout again was no edit").isFalse();
    }

    @Test
    void thePreviewDrawsTheChosenSizeRememberedPerCardWhileTheKitIsOpen() {
        model.open(TestKit.BUNDLED);
        select("safeguards");
        assertThat(cards().sizes()).extracting(CardSize::name).containsExactly("instagram-square", "instagram-portrait",
                "story", "x", "facebook", "linkedin", "bluesky");
        CardSize story = cards().sizes().get(2);
        cards().chooseSize(story);
        assertThat(model.cardPreviewProperty().get().getHeight()).isEqualTo(1920);
        assertThat(model.cardPreviewNoteProperty().get()).startsWith("story");
        assertThat(model.canUndoProperty().get()).as("a size to look at is not an edit").isFalse();

        select("speech");
        assertThat(cards().sizeProperty().get().name()).isEqualTo("instagram-square");
        assertThat(model.cardPreviewProperty().get().getHeight()).isEqualTo(1080);
        select("safeguards");
        assertThat(cards().sizeProperty().get()).isEqualTo(story);
        assertThat(model.cardPreviewProperty().get().getHeight()).isEqualTo(1920);

        model.open(TestKit.BUNDLED);
        select("safeguards");
        assertThat(cards().sizeProperty().get().name()).as("another kit opened: choices start afresh").isEqualTo("instagram-square");
    }

    @Test
    void eachSizeSaysWhetherTheTextFits() {
        model.open(TestKit.BUNDLED);
        model.targetLanguageProperty().set("ar");
        select("surveillance");
        assertThat(cards().fits()).hasSize(5).allMatch(CardPreviews.SizeFit::fits);
        model.editTarget("card.surveillance.headline", "مراقبة بلا ضمانات ".repeat(30));
        assertThat(cards().fits()).extracting(fit -> fit.size().name()).containsExactly("instagram-square", "story", "x", "og",
                "x-header");
        List<String> tooSmall = cards().fits().stream().filter(fit -> !fit.fits()).map(fit -> fit.size().name()).toList();
        assertThat(tooSmall).isNotEmpty();
        // The same sizes as the check names in its finding, which fits the text its own way (for every language at once).
        var finding = model.findings().stream().filter(f -> f.code().equals("text-overflow") && "ar".equals(f.language()))
                .findFirst().orElseThrow();
        for (CardPreviews.SizeFit fit : cards().fits()) {
            assertThat(finding.message().contains(fit.size().name() + " (")).as(fit.size().name()).isEqualTo(!fit.fits());
        }
    }

    @Test
    void aNewBackgroundIsAddedWithoutItsMetadataSavedWithTheKitAndUndone() throws IOException {
        TestKit kit = wideKit();
        byte[] originalBg = Files.readAllBytes(kit.path("images/bg.png"));
        Path photo = dir.resolve("Plaza de Mayo (1).JPG");
        Files.write(photo, ExifJpeg.of(solid(900, 600, Color.RED), 1, false));
        model.open(kit.folder());
        select("c1");

        cards().replaceBackground(photo);
        assertThat(cards().problemProperty().get()).isFalse();
        assertThat(cards().messageProperty().get()).contains("Plaza de Mayo (1).JPG").contains("images/plaza-de-mayo-1.jpg");
        assertThat(card("c1").background()).isEqualTo("images/plaza-de-mayo-1.jpg");
        assertThat(kit.path("images/plaza-de-mayo-1.jpg")).as("nothing written before Save").doesNotExist();
        assertThat(Files.readAllBytes(kit.path("images/bg.png"))).isEqualTo(originalBg);
        assertThat(model.findings()).noneMatch(f -> f.code().equals("missing-file") || f.code().equals("bad-image"));
        int shown = model.cardPreviewProperty().get().getRGB(20, 20);
        assertThat((shown >> 16) & 0xFF).as("the preview shows the new red picture").isGreaterThan(2 * ((shown >> 8) & 0xFF));

        model.save(null);
        byte[] saved = Files.readAllBytes(kit.path("images/plaza-de-mayo-1.jpg"));
        assertThat(new String(saved, StandardCharsets.ISO_8859_1)).doesNotContain(ExifJpeg.CAMERA).doesNotContain("Exif");
        assertThat(new KitReader().read(kit.folder()).kit().card("c1").orElseThrow().background())
                .isEqualTo("images/plaza-de-mayo-1.jpg");

        model.undo();
        assertThat(card("c1").background()).isEqualTo("images/bg.png");
        assertThat(cards().pictureBackgroundProperty().get()).isTrue();
        model.redo();
        assertThat(card("c1").background()).isEqualTo("images/plaza-de-mayo-1.jpg");

        cards().replaceBackground(photo);
        assertThat(card("c1").background()).as("the saved file keeps its name").isEqualTo("images/plaza-de-mayo-1-2.jpg");
    }

    /** Opens the wide kit and makes a red 300 x 300 picture, new.png, the background of its card. */
    private TestKit wideKitWithNewRedBackground() throws IOException {
        TestKit kit = wideKit();
        Path photo = dir.resolve("new.png");
        Files.write(photo, png(solid(300, 300, Color.RED)));
        model.open(kit.folder());
        select("c1");
        cards().replaceBackground(photo);
        return kit;
    }

    @Test
    void anUndoneBackgroundIsNotSaved() throws IOException {
        TestKit kit = wideKitWithNewRedBackground();
        model.undo();
        model.setValue("organization", "Other Org");
        model.save(null);
        assertThat(kit.path("images/new.png")).doesNotExist();
        assertThat(kit.read("kit.json")).contains("images/bg.png").doesNotContain("new.png");
    }

    @Test
    void theRecoveryCopyHoldsTheNewBackgroundAndARestoreBringsItBack() throws IOException {
        TestKit kit = wideKit();
        Path photo = dir.resolve("rally.png");
        Files.write(photo, png(solid(300, 200, Color.RED)));
        ComposerViewModel before = new ComposerViewModel(TaskRunner.sameThread(), recovery());
        before.open(kit.folder());
        OutlineItem c1 = OutlineItem.of(before.kitProperty().get()).children().get(1).children().get(0);
        before.selectedProperty().set(c1);
        before.cards().replaceBackground(photo); // the same-thread runner keeps the copy at once
        // ... the machine goes down here, without saving ...
        Recovery.Copy copy = recovery().newest().orElseThrow();
        assertThat(copy.folder().resolve("images/rally.png")).exists();
        assertThat(kit.path("images/rally.png")).doesNotExist();

        ComposerViewModel after = new ComposerViewModel(TaskRunner.sameThread(), recovery());
        after.restore(copy);
        assertThat(after.kitProperty().get().card("c1").orElseThrow().background()).isEqualTo("images/rally.png");
        assertThat(after.findings()).noneMatch(f -> f.code().equals("missing-file"));
        after.selectedProperty().set(c1);
        assertThat(after.cardPreviewProperty().get()).isNotNull();
        byte[] kept = Files.readAllBytes(copy.folder().resolve("images/rally.png"));
        after.save(null);
        assertThat(Files.readAllBytes(kit.path("images/rally.png"))).isEqualTo(kept);
        assertThat(new KitReader().read(kit.folder()).findings()).isEmpty();
    }

    @Test
    void aFileThatIsNotAUsablePictureIsRefusedNamingItAndNothingChanges() throws IOException {
        TestKit kit = wideKit();
        model.open(kit.folder());
        select("c1");
        Path gif = dir.resolve("cat.gif");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(solid(20, 20, Color.RED), "gif", bytes);
        Files.write(gif, bytes.toByteArray());
        Path text = dir.resolve("notes.png");
        Files.writeString(text, "not a picture");
        Path huge = dir.resolve("huge.png");
        Files.write(huge, hugeDeclaredPng());

        for (Path bad : List.of(gif, text, huge, dir.resolve("gone.jpg"))) {
            cards().replaceBackground(bad);
            assertThat(cards().problemProperty().get()).as(bad.toString()).isTrue();
            assertThat(cards().messageProperty().get()).as(bad.toString()).contains(bad.getFileName().toString())
                    .contains("unchanged");
            assertThat(card("c1").background()).isEqualTo("images/bg.png");
            assertThat(model.canUndoProperty().get()).isFalse();
        }
        assertThat(cards().messageProperty().get()).isNotEmpty();
        try (Stream<Path> images = Files.list(kit.path("images"))) {
            assertThat(images).hasSize(2);
        }
    }

    @Test
    void anExportBeforeSavingUsesTheNewBackground() throws IOException {
        wideKitWithNewRedBackground();
        ExportViewModel exports = new ExportViewModel(TaskRunner.sameThread());
        Path out = dir.resolve("out");
        exports.export(model.currentLoad(), model.kitProperty().get(), model.additions().usedBy(model.kitProperty().get()),
                List.of("es"), EnumSet.of(OutputKind.CARD), false, out);
        assertThat(exports.outcomeProperty().get()).startsWith("Exported");
        try (Stream<Path> files = Files.walk(out)) {
            Path png = files.filter(p -> p.toString().endsWith(".png")).findFirst().orElseThrow();
            int rgb = ImageIO.read(png.toFile()).getRGB(20, 20);
            assertThat((rgb >> 16) & 0xFF).isGreaterThan(2 * ((rgb >> 8) & 0xFF));
        }
    }

    /** A small PNG whose header claims 100000 x 100000 pixels. */
    private static byte[] hugeDeclaredPng() {
        byte[] png = png(solid(4, 4, Color.RED));
        java.nio.ByteBuffer.wrap(png, 16, 8).putInt(100_000).putInt(100_000);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(png, 12, 17); // "IHDR" and its 13 bytes
        java.nio.ByteBuffer.wrap(png, 29, 4).putInt((int) crc.getValue());
        return png;
    }
}
