package org.campaignkit.app;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.KitLoad;

/**
 * The page preview of the selected document: written by the export's PDF renderer and turned into
 * pixels off the UI thread, a short pause after the last edit, the newest request winning. Turning
 * the page only rasterizes the PDF already written.
 */
final class DocumentPreviewModel {
    /** How long edits must pause before the document is written again. */
    static final long DEBOUNCE_MILLIS = 300;

    private final ComposerViewModel model;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ObjectProperty<BufferedImage> image = new SimpleObjectProperty<>();
    private final IntegerProperty page = new SimpleIntegerProperty();
    private final IntegerProperty pageCount = new SimpleIntegerProperty();
    private final DoubleProperty blockTop = new SimpleDoubleProperty(-1);
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty fallbackNote = new SimpleStringProperty("");
    /** Counts requests to write the document; only the newest one's result is shown. Read by workers. */
    private final AtomicInteger renderRequests = new AtomicInteger();
    /** Counts page turns; only the newest one's page is shown. */
    private int pageRequests;
    /** The page a person turned to, which a document written again keeps showing. Read by workers. */
    private volatile int wantedPage;
    /** The block followed (from 0), or -1; a document written again shows its page. Read by workers. */
    private volatile int selectedBlock = -1;
    private DocumentPreviews previews;
    private Path previewsFor;
    private DocumentPreviews.Rendering rendering;

    DocumentPreviewModel(ComposerViewModel model, TaskRunner tasks, Clock clock) {
        this.model = model;
        this.tasks = tasks;
        this.clock = clock;
        model.kitProperty().addListener((obs, old, now) -> schedule());
        model.targetLanguageProperty().addListener((obs, old, now) -> schedule());
        model.selectedProperty().addListener((obs, old, now) -> schedule());
    }

    /** After a short pause, writes the selected document again; nothing is drawn when no document is selected. */
    private void schedule() {
        int request = renderRequests.incrementAndGet();
        if (selectedDocument() == null) {
            rendering = null;
            image.set(null);
            pageCount.set(0);
            page.set(0);
            blockTop.set(-1);
            note.set("");
            fallbackNote.set("");
            return;
        }
        tasks.later(DEBOUNCE_MILLIS, () -> {
            if (request == renderRequests.get()) {
                render(request);
            }
        });
    }

    private void render(int request) {
        String documentId = selectedDocument();
        Kit kit = model.kitProperty().get();
        String language = model.targetLanguageProperty().get();
        DocumentPreviews drawer = previewsForCurrentKit();
        if (documentId == null || kit == null || language == null || drawer == null) {
            return;
        }
        if (rendering == null || !rendering.documentId().equals(documentId)) {
            wantedPage = 0;
            selectedBlock = -1;
            blockTop.set(-1);
        }
        LocalDate today = LocalDate.now(clock);
        note.set(Ui.text("document.preview.drawing"));
        tasks.run("document preview", () -> {
            if (request != renderRequests.get()) {
                return null; // a newer request came while this one waited for a worker
            }
            DocumentPreviews.Rendering written = drawer.render(kit, documentId, language, today);
            int shown = pageToShow(written);
            return new Drawn(written, shown, PageRasterizer.page(written.pdf(), shown));
        }, drawn -> {
            if (drawn != null && request == renderRequests.get()) {
                rendering = drawn.rendering();
                show(drawn);
                followBlock();
                if (pageToShow(rendering) != drawn.page()) {
                    turnTo(pageToShow(rendering)); // turned while the document was being written
                }
            }
        }, error -> {
            if (request == renderRequests.get()) {
                note.set(Ui.text("document.preview.failed", error.getMessage()));
            }
        });
    }

    /** The selected block's page, which an edit may have moved; else the page turned to. */
    private int pageToShow(DocumentPreviews.Rendering written) {
        int block = selectedBlock;
        return block >= 0 && block < written.blocks().size() ? written.blocks().get(block).page()
                : Math.min(wantedPage, written.pages() - 1);
    }

    /** Turns to a page (from 0) of the document already written, showing its top. */
    void showPage(int index) {
        selectedBlock = -1;
        blockTop.set(-1);
        turnTo(index);
    }

    /** Follows a block (by its position in the document): its page, and how far down it is, also after edits. */
    void showBlock(int blockIndex) {
        selectedBlock = blockIndex;
        followBlock();
    }

    private void followBlock() {
        DocumentPreviews.Rendering current = rendering;
        int block = selectedBlock;
        if (current != null && block >= 0 && block < current.blocks().size()) {
            DocumentPreviews.BlockPlace place = current.blocks().get(block);
            blockTop.set(place.down());
            if (place.page() != page.get()) {
                turnTo(place.page());
            }
        }
    }

    private void turnTo(int index) {
        DocumentPreviews.Rendering current = rendering;
        if (current == null || index < 0 || index >= current.pages()) {
            return;
        }
        wantedPage = index;
        int request = ++pageRequests;
        tasks.run("document page", () -> new Drawn(current, index, PageRasterizer.page(current.pdf(), index)), drawn -> {
            if (request == pageRequests && rendering == current) {
                show(drawn);
            }
        }, error -> {
            if (request == pageRequests) {
                note.set(Ui.text("document.preview.failed", error.getMessage()));
            }
        });
    }

    private record Drawn(DocumentPreviews.Rendering rendering, int page, BufferedImage image) {
    }

    private void show(Drawn drawn) {
        DocumentPreviews.Rendering written = drawn.rendering();
        pageCount.set(written.pages());
        page.set(drawn.page());
        image.set(drawn.image());
        note.set(Ui.text("document.preview.page", drawn.page() + 1, written.pages(), written.page().name()));
        fallbackNote.set(written.fallbackKeys().isEmpty() ? "" : Ui.text("document.preview.fallback",
                written.fallbackKeys().size(), ComposerViewModel.languageName(written.language()),
                ComposerViewModel.languageName(model.kitProperty().get().sourceLanguage())));
    }

    /** The selected outline item's document id, or null when something else is selected. */
    private String selectedDocument() {
        OutlineItem item = model.selectedProperty().get();
        return item != null && item.kind() == OutlineItem.Kind.DOCUMENT ? item.id() : null;
    }

    /** The kit's files stay open while the same kit is shown; another kit closes them. */
    private DocumentPreviews previewsForCurrentKit() {
        KitLoad load = model.currentLoad();
        Path location = load == null ? null : load.location();
        if (location != null && !location.equals(previewsFor)) {
            if (previews != null) {
                previews.close();
            }
            previews = DocumentPreviews.open(location, model.brandFonts());
            previewsFor = location;
        }
        return previews;
    }

    ObjectProperty<BufferedImage> imageProperty() {
        return image;
    }

    /** The page shown, from 0. */
    IntegerProperty pageProperty() {
        return page;
    }

    /** How far down the page the selected block begins, from 0 to 1; -1 when the page is shown from its top. */
    DoubleProperty blockTopProperty() {
        return blockTop;
    }

    IntegerProperty pageCountProperty() {
        return pageCount;
    }

    /** "Page 1 of 2 · A4", or what is happening. */
    StringProperty noteProperty() {
        return note;
    }

    /** Says when missing translations are shown in the source language; empty when none are. */
    StringProperty fallbackNoteProperty() {
        return fallbackNote;
    }
}
