package org.campaignkit.app;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The selected document's page as it will be exported: previous and next page, "page 1 of 2", a
 * zoom (fit the width, the whole page, or a share of the printed size), and a line when missing
 * translations show in the source language. Page Up and Page Down turn pages too.
 */
final class DocumentPreviewPane {
    /** Screen pixels per point at 100 %: CSS pixels are 1/96 inch, points 1/72. */
    private static final double PIXELS_PER_POINT = 96.0 / 72.0;
    private static final double PADDING = 10;
    /** Room left above a block scrolled to, so the line before it shows too. */
    private static final double REVEAL_MARGIN = 24;

    /** How big the page is drawn. */
    enum Zoom {
        FIT_WIDTH, WHOLE_PAGE, HALF, THREE_QUARTERS, ACTUAL;

        String word() {
            return Ui.text("document.preview.zoom." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }

        double share() {
            return switch (this) {
                case HALF -> 0.5;
                case THREE_QUARTERS -> 0.75;
                default -> 1;
            };
        }
    }

    private final DocumentPreviewModel preview;
    private final VBox box = new VBox(6);
    private final ImageView page = new ImageView();
    private final ComboBox<Zoom> zoom = new ComboBox<>();
    private ScrollPane scroller;
    private int revealedPage = -1;

    DocumentPreviewPane(DocumentPreviewModel preview) {
        this.preview = preview;
        box.setPadding(new Insets(PADDING));
        box.setId("document-preview-pane");
        Button previous = new Button(Ui.text("document.preview.previous"));
        previous.setId("document-previous-page");
        previous.setAccessibleText(Ui.text("document.preview.previous.accessible"));
        previous.setOnAction(e -> preview.showPage(preview.pageProperty().get() - 1));
        previous.disableProperty().bind(preview.pageProperty().lessThanOrEqualTo(0));
        Button next = new Button(Ui.text("document.preview.next"));
        next.setId("document-next-page");
        next.setAccessibleText(Ui.text("document.preview.next.accessible"));
        next.setOnAction(e -> preview.showPage(preview.pageProperty().get() + 1));
        next.disableProperty().bind(preview.pageProperty().greaterThanOrEqualTo(preview.pageCountProperty().subtract(1)));
        Label note = new Label();
        note.setId("document-page-note");
        note.textProperty().bind(preview.noteProperty());
        zoom.setId("document-zoom");
        zoom.setAccessibleText(Ui.text("document.preview.zoom.accessible"));
        zoom.getItems().setAll(Zoom.values());
        zoom.setConverter(new StringConverter<>() {
            @Override
            public String toString(Zoom value) {
                return value == null ? "" : value.word();
            }

            @Override
            public Zoom fromString(String text) {
                return null;
            }
        });
        zoom.setValue(Zoom.FIT_WIDTH);
        HBox bar = new HBox(8, previous, next, note, new Label(Ui.text("document.preview.zoom")), zoom);
        bar.setAlignment(Pos.CENTER_LEFT);

        WrappedText fallback = new WrappedText();
        fallback.setId("document-fallback-note");
        fallback.setFill(javafx.scene.paint.Color.web("#8a4b00"));
        fallback.textProperty().bind(preview.fallbackNoteProperty());
        fallback.managedProperty().bind(fallback.textProperty().isNotEmpty());
        fallback.visibleProperty().bind(fallback.managedProperty());

        page.setId("document-preview");
        page.setAccessibleText(Ui.text("document.preview.accessible"));
        page.setPreserveRatio(true);
        page.setSmooth(true);
        // A thin frame, so a white page stands out from a white window.
        page.setStyle("-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.35), 6, 0, 0, 1);");
        preview.imageProperty().addListener((obs, old, image) -> {
            page.setImage(image == null ? null : SwingFXUtils.toFXImage(image, null));
            fit();
            Platform.runLater(this::reveal); // once the new size is laid out
        });
        preview.blockTopProperty().addListener((obs, old, now) -> Platform.runLater(this::reveal));
        zoom.valueProperty().addListener((obs, old, now) -> {
            fit();
            Platform.runLater(() -> {
                revealedPage = -1;
                reveal();
            });
        });
        box.widthProperty().addListener((obs, old, now) -> fit());

        // The holder may be narrower than the page for a moment: the page must not widen the pane it is fitted to.
        StackPane holder = new StackPane(page);
        holder.setMinWidth(0);
        holder.setAlignment(Pos.TOP_CENTER);
        box.getChildren().setAll(bar, fallback, holder);
        box.managedProperty().bind(Bindings.createBooleanBinding(() -> preview.pageCountProperty().get() > 0
                || !preview.noteProperty().get().isEmpty(), preview.pageCountProperty(), preview.noteProperty()));
        box.visibleProperty().bind(box.managedProperty());
        box.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.PAGE_DOWN || e.getCode() == KeyCode.PAGE_UP) {
                preview.showPage(preview.pageProperty().get() + (e.getCode() == KeyCode.PAGE_DOWN ? 1 : -1));
                e.consume();
            }
        });
    }

    Node node() {
        return box;
    }

    /**
     * Scrolls to where the selected block begins on the page, or to the top of a page turned to by
     * hand; the same page drawn again after an edit stays where the person is reading.
     */
    private void reveal() {
        double down = preview.blockTopProperty().get();
        int shown = preview.pageProperty().get();
        if (page.getImage() == null || (down < 0 && shown == revealedPage)) {
            return;
        }
        revealedPage = shown;
        if (down < 0) {
            // The whole page in view, or the bar above a bigger one.
            Scrolling.toTop(zoom.getValue() == Zoom.WHOLE_PAGE ? page : box, -PADDING);
        } else {
            Scrolling.toTop(page, down * page.getBoundsInLocal().getHeight() - REVEAL_MARGIN);
        }
    }

    /** Sizes the page for the zoom chosen: within the pane's width, or the visible height too for the whole page. */
    private void fit() {
        scroller(); // from now on, a change of the visible height fits the page again
        if (page.getImage() == null) {
            return;
        }
        double available = Math.max(100, box.getWidth() - 2 * PADDING);
        double printed = page.getImage().getWidth() / PageRasterizer.SCALE * PIXELS_PER_POINT;
        double width = switch (zoom.getValue()) {
            case FIT_WIDTH -> available;
            case WHOLE_PAGE -> Math.min(available, visibleHeight() * page.getImage().getWidth() / page.getImage().getHeight());
            default -> Math.min(available, printed * zoom.getValue().share());
        };
        page.setFitWidth(width);
    }

    /** The height of the scroll pane the preview sits in, which the whole page is scrolled to fill. */
    private double visibleHeight() {
        double height = scroller() == null ? 600 : scroller().getViewportBounds().getHeight();
        return Math.max(100, height - PADDING);
    }

    /** The scroll pane the preview sits in, found on first use (it is an ancestor only once laid out). */
    private ScrollPane scroller() {
        if (scroller == null) {
            scroller = Scrolling.enclosing(box);
            if (scroller != null) {
                scroller.viewportBoundsProperty().addListener((obs, old, now) -> fit());
            }
        }
        return scroller;
    }
}
