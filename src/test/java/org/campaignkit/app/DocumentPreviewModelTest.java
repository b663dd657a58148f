package org.campaignkit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.campaignkit.kit.Block;
import org.campaignkit.kit.Kit;
import org.campaignkit.text.InlineMarkup;
import org.campaignkit.text.Placeholders;
import org.campaignkit.text.Run;
import org.campaignkit.text.ValueFormatter;
import org.campaignkit.testing.TestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page preview without a window: drawn by the export's renderer, per language, turning to a block's page. */
class DocumentPreviewModelTest {
    private static final Clock DAY = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path recoveryRoot;

    private final ComposerViewModel model = new ComposerViewModel(TaskRunner.sameThread(), new Recovery(recoveryRoot));
    private final DocumentPreviewModel preview = new DocumentPreviewModel(model, TaskRunner.sameThread(), DAY);

    private void selectPressRelease() {
        OutlineItem documents = OutlineItem.of(model.kitProperty().get()).children().get(2);
        model.selectedProperty().set(documents.children().stream().filter(d -> d.id().equals("press-release")).findFirst().orElseThrow());
    }

    private BufferedImage pageIn(String language) {
        model.targetLanguageProperty().set(language);
        BufferedImage image = preview.imageProperty().get();
        assertThat(image).as(language).isNotNull();
        return image;
    }

    @Test
    void rasterizesThePressReleaseInEnglishArabicAndChinese() {
        model.open(TestKit.BUNDLED);
        selectPressRelease();
        BufferedImage en = pageIn("en");
        BufferedImage ar = pageIn("ar");
        BufferedImage zh = pageIn("zh-Hans");
        for (BufferedImage page : List.of(en, ar, zh)) {
            assertThat(inkShare(page)).as("a page with text on it, not a blank one").isBetween(0.02, 0.5);
        }
        assertThat(en.getWidth()).as("English is on US Letter").isEqualTo((int) (612 * PageRasterizer.SCALE));
        assertThat(ar.getWidth()).as("Arabic on A4").isEqualTo((int) (595.28f * PageRasterizer.SCALE));
        assertThat(pixels(ar)).isNotEqualTo(pixels(zh));
        assertThat(differingShare(en, ar)).as("the Arabic page is not the English one").isGreaterThan(0.02);
        assertThat(differingShare(ar, zh)).isGreaterThan(0.02);
        assertThat(preview.pageCountProperty().get()).isEqualTo(2);
        assertThat(preview.noteProperty().get()).isEqualTo("Page 1 of 2 · A4");
        assertThat(preview.fallbackNoteProperty().get()).as("Chinese is fully translated").isEmpty();
    }

    @Test
    void turnsPagesAndGoesToTheBlocksPage() throws IOException {
        model.open(TestKit.BUNDLED);
        model.targetLanguageProperty().set("en");
        selectPressRelease();
        BufferedImage first = preview.imageProperty().get();
        preview.showPage(1);
        assertThat(preview.pageProperty().get()).isEqualTo(1);
        assertThat(preview.noteProperty().get()).startsWith("Page 2 of 2");
        assertThat(pixels(preview.imageProperty().get())).isNotEqualTo(pixels(first));
        preview.showPage(2);
        assertThat(preview.pageProperty().get()).as("there is no third page").isEqualTo(1);

        // Each block's words are on the page the preview turns to for it.
        Kit kit = model.kitProperty().get();
        List<Block> blocks = kit.document("press-release").orElseThrow().blocks();
        DocumentPreviews.Rendering rendering;
        try (DocumentPreviews previews = DocumentPreviews.open(TestKit.BUNDLED, new BrandFontCache())) {
            rendering = previews.render(kit, "press-release", "en", LocalDate.now(DAY));
        }
        assertThat(rendering.blocks()).extracting(DocumentPreviews.BlockPlace::page).contains(0, 1);
        for (int i = 0; i < blocks.size(); i++) {
            preview.showBlock(i);
            DocumentPreviews.BlockPlace place = rendering.blocks().get(i);
            assertThat(preview.pageProperty().get()).isEqualTo(place.page());
            assertThat(preview.blockTopProperty().get()).isEqualTo(place.down()).isBetween(0.0, 1.0);
            assertThat(textNear(rendering.pdf(), place)).as("block %d on page %d at %.2f", i, place.page() + 1, place.down())
                    .contains(firstWords(kit, blocks.get(i).textKey()));
        }
        preview.showPage(0);
        assertThat(preview.blockTopProperty().get()).as("a page turned by hand shows from its top").isEqualTo(-1);
    }

    @Test
    void aFollowedBlockIsFollowedWhenEditsMoveItToAnotherPage() throws IOException {
        model.open(TestKit.BUNDLED);
        model.targetLanguageProperty().set("en");
        selectPressRelease();
        preview.showBlock(10);
        assertThat(preview.pageProperty().get()).as("the contact starts on page 2").isEqualTo(1);

        model.editTarget("press.lede", "Short.");
        model.editTarget("press.body", "Short.");
        DocumentPreviews.BlockPlace contact;
        try (DocumentPreviews previews = DocumentPreviews.open(TestKit.BUNDLED, new BrandFontCache())) {
            contact = previews.render(model.kitProperty().get(), "press-release", "en", LocalDate.now(DAY)).blocks().get(10);
        }
        assertThat(contact.page()).as("shorter paragraphs bring it onto page 1").isZero();
        assertThat(preview.pageProperty().get()).isZero();
        assertThat(preview.blockTopProperty().get()).isEqualTo(contact.down());
    }

    @Test
    void usesTheValuesFilledInAndSaysWhenTheSourceStandsInForAMissingTranslation() throws IOException {
        model.open(TestKit.BUNDLED);
        model.targetLanguageProperty().set("en");
        selectPressRelease();
        model.setValue("organization", "Rights Network Zeta");
        try (DocumentPreviews previews = DocumentPreviews.open(TestKit.BUNDLED, new BrandFontCache())) {
            assertThat(text(previews.render(model.kitProperty().get(), "press-release", "en", LocalDate.now(DAY)).pdf()))
                    .contains("Rights Network Zeta");

            new DocumentBlocksModel(model).addParagraphAfter(3, "Only in English so far.");
            model.targetLanguageProperty().set("es");
            assertThat(preview.fallbackNoteProperty().get()).startsWith("One string of this document is not in es · español yet")
                    .contains("en · English").contains("--allow-missing");
            DocumentPreviews.Rendering spanish = previews.render(model.kitProperty().get(), "press-release", "es",
                    LocalDate.now(DAY));
            assertThat(spanish.fallbackKeys()).containsExactly("press-release.paragraph.1");
            assertThat(text(spanish.pdf())).contains("Only in English so far.").contains("Rights Network Zeta");
        }
    }

    @Test
    void theNewestRequestWinsAndAnOlderOneIsNotEvenDrawn() {
        QueuedTasks tasks = new QueuedTasks();
        DocumentPreviewModel queued = new DocumentPreviewModel(model, tasks, DAY);
        model.open(TestKit.BUNDLED);
        selectPressRelease();
        model.targetLanguageProperty().set("ar");
        model.targetLanguageProperty().set("zh-Hans");
        tasks.runAll();
        assertThat(tasks.ran).as("one document written, for the last language; the others were dropped").isEqualTo(1);
        assertThat(queued.imageProperty().get()).isNotNull();
        assertThat(pixels(queued.imageProperty().get())).isEqualTo(pixels(pageIn("zh-Hans")));

        model.selectedProperty().set(OutlineItem.of(model.kitProperty().get()).children().get(0).children().get(0));
        assertThat(queued.imageProperty().get()).as("no document, no page").isNull();
    }

    /** Runs delayed actions and work only when told, newest last, counting the previews written. */
    private static final class QueuedTasks implements TaskRunner {
        private final Deque<Runnable> queue = new ArrayDeque<>();
        int ran;

        @Override
        public <T> void run(String name, Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
            queue.add(() -> {
                try {
                    T result = work.call();
                    if (result != null && name.equals("document preview")) {
                        ran++;
                    }
                    onDone.accept(result);
                } catch (Exception e) {
                    onError.accept(e);
                }
            });
        }

        @Override
        public void onUiThread(Runnable update) {
            update.run();
        }

        @Override
        public void later(long millis, Runnable action) {
            queue.add(action);
        }

        void runAll() {
            while (!queue.isEmpty()) {
                queue.poll().run();
            }
        }
    }

    private static String firstWords(Kit kit, String key) {
        String filled = Placeholders.fill(kit.sourceTexts().text(key).orElseThrow(), ValueFormatter.values(kit, java.util.Map.of(), "en"));
        StringBuilder plain = new StringBuilder();
        for (Run run : InlineMarkup.parse(filled)) {
            plain.append(run.text());
        }
        // The layout adds quotation marks and bullets of its own.
        String[] words = plain.toString().replaceAll("[\"“”]", "").replaceFirst("^\\s*[-•]\\s*", "").strip().split("\\s+");
        return String.join(" ", Arrays.copyOf(words, Math.min(2, words.length)));
    }

    /** The text of the band of a page, 40 points high, where a block is said to begin. */
    private static String textNear(byte[] pdf, DocumentPreviews.BlockPlace place) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var page = document.getPage(place.page());
            float height = page.getMediaBox().getHeight();
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.addRegion("band", new Rectangle2D.Float(0, (float) place.down() * height - 2, page.getMediaBox().getWidth(), 40));
            stripper.extractRegions(page);
            return stripper.getTextForRegion("band").replaceAll("\\s+", " ");
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    /** The share of pixels that are not white. */
    private static double inkShare(BufferedImage image) {
        return Arrays.stream(pixels(image)).filter(p -> (p & 0xFFFFFF) != 0xFFFFFF).count() / (double) (image.getWidth() * image.getHeight());
    }

    /** The share of pixels that differ, over the smaller of two pages. */
    private static double differingShare(BufferedImage a, BufferedImage b) {
        int width = Math.min(a.getWidth(), b.getWidth());
        int height = Math.min(a.getHeight(), b.getHeight());
        long differing = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        return differing / (double) (width * height);
    }
}
