package org.campaignkit.app;

import java.io.File;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.campaignkit.kit.CardLayout;
import org.campaignkit.kit.CardSize;

/**
 * The card's controls around its preview: size and layout pickers, a button to replace the
 * background, the preview itself (click or arrow keys set the focus point, shown as a ring; a
 * picture dropped on it becomes the background) and, beside it, whether the text fits at each
 * size. Holds no logic: everything goes to {@link CardEditing}.
 */
final class CardEditorView {
    private static final double MAX_PREVIEW_HEIGHT = 520;
    private static final double RING = 9;
    private static final String FIT = "#1b6e34";
    private static final String NO_FIT = "#a4262c";

    private final CardEditing cards;
    private final ImageView picture;
    private final VBox box = new VBox(8);
    private final Pane stage = new Pane();
    private final Group ring = ring();
    private final VBox fits = new VBox(4);

    /** @param picture the preview's image view, which this view frames and makes clickable */
    CardEditorView(CardEditing cards, ImageView picture) {
        this.cards = cards;
        this.picture = picture;
        build();
    }

    VBox node() {
        return box;
    }

    private void build() {
        ComboBox<CardSize> size = new ComboBox<>(cards.sizes());
        size.setId("card-size");
        size.setAccessibleText(Ui.text("card.size.accessible"));
        size.setConverter(converter(s -> Ui.text("card.size.item", s.name(), String.valueOf(s.width()), String.valueOf(s.height()))));
        size.valueProperty().bindBidirectional(cards.sizeProperty());
        size.valueProperty().addListener((obs, old, now) -> cards.chooseSize(now));

        ComboBox<CardLayout> layout = new ComboBox<>();
        layout.getItems().setAll(CardLayout.values());
        layout.setId("card-layout");
        layout.setAccessibleText(Ui.text("card.layout.accessible"));
        layout.setConverter(converter(l -> Ui.text("card.layout." + l.word())));
        layout.valueProperty().bindBidirectional(cards.layoutProperty());
        layout.valueProperty().addListener((obs, old, now) -> cards.chooseLayout(now));

        Button replace = new Button(Ui.text("card.background.replace"));
        replace.setId("card-background");
        replace.setAccessibleText(Ui.text("card.background.replace.accessible"));
        replace.disableProperty().bind(cards.importingProperty());
        replace.setOnAction(e -> chooseBackground());

        Label sizeLabel = new Label(Ui.text("card.size"));
        sizeLabel.setLabelFor(size);
        Label layoutLabel = new Label(Ui.text("card.layout"));
        layoutLabel.setLabelFor(layout);
        FlowPane controls = new FlowPane(8, 6, sizeLabel, size, layoutLabel, layout, replace);

        buildStage();
        Label fitsTitle = new Label(Ui.text("card.fits.title"));
        fitsTitle.setStyle("-fx-font-weight: bold;");
        VBox fitsBox = new VBox(6, fitsTitle, fits);
        fitsBox.setId("card-fits");
        cards.fits().addListener((ListChangeListener<CardPreviews.SizeFit>) change -> showFits());

        WrappedText hint = new WrappedText();
        hint.textProperty().bind(javafx.beans.binding.Bindings.when(cards.pictureBackgroundProperty())
                .then(Ui.text("card.focus.hint")).otherwise(Ui.text("card.focus.colour")));
        WrappedText message = new WrappedText();
        message.setId("card-message");
        message.textProperty().bind(cards.messageProperty());
        cards.problemProperty().addListener((obs, was, problem) ->
                message.setFill(problem ? javafx.scene.paint.Color.web(NO_FIT) : javafx.scene.paint.Color.BLACK));
        message.visibleProperty().bind(cards.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        box.getChildren().addAll(controls, new HBox(16, stage, fitsBox), hint, message);
        box.visibleProperty().bind(cards.cardSelectedProperty());
        box.managedProperty().bind(box.visibleProperty());
        acceptDroppedPictures();
    }

    /** The preview in a frame that takes clicks and keys; always left to right, as the exported picture is. */
    private void buildStage() {
        picture.setFitHeight(MAX_PREVIEW_HEIGHT);
        stage.setId("card-stage");
        stage.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        stage.getChildren().setAll(picture, ring);
        stage.setFocusTraversable(true);
        stage.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        stage.setAccessibleText(Ui.text("card.preview.accessible"));
        stage.focusedProperty().addListener((obs, was, now) -> stage.setStyle(now
                ? "-fx-border-color: #2b6cb0; -fx-border-width: 2; -fx-border-insets: -3;" : ""));
        stage.setOnMouseClicked(e -> {
            Bounds shown = picture.getBoundsInParent();
            if (picture.getImage() != null && shown.contains(e.getX(), e.getY())) {
                cards.focusAt((e.getX() - shown.getMinX()) / shown.getWidth(), (e.getY() - shown.getMinY()) / shown.getHeight());
            }
            stage.requestFocus();
        });
        stage.addEventHandler(KeyEvent.KEY_PRESSED, this::nudge);
        cards.markerProperty().addListener((obs, old, now) -> placeRing());
        picture.boundsInParentProperty().addListener((obs, old, now) -> placeRing());
        placeRing();
    }

    private void nudge(KeyEvent e) {
        double step = e.isShiftDown() ? CardEditing.BIG_STEP : CardEditing.STEP;
        switch (e.getCode()) {
            case LEFT, KP_LEFT -> cards.nudgeFocus(-step, 0);
            case RIGHT, KP_RIGHT -> cards.nudgeFocus(step, 0);
            case UP, KP_UP -> cards.nudgeFocus(0, -step);
            case DOWN, KP_DOWN -> cards.nudgeFocus(0, step);
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void placeRing() {
        Point2D at = cards.markerProperty().get();
        Bounds shown = picture.getBoundsInParent();
        ring.setVisible(at != null && picture.getImage() != null);
        if (at != null) {
            ring.setLayoutX(shown.getMinX() + at.getX() * shown.getWidth());
            ring.setLayoutY(shown.getMinY() + at.getY() * shown.getHeight());
        }
    }

    /** A white ring inside a dark one, visible on any picture. */
    private static Group ring() {
        Circle dark = new Circle(RING + 1.5, Color.TRANSPARENT);
        dark.setStroke(Color.rgb(0, 0, 0, 0.75));
        dark.setStrokeWidth(2);
        Circle light = new Circle(RING - 0.5, Color.TRANSPARENT);
        light.setStroke(Color.WHITE);
        light.setStrokeWidth(2);
        Circle dot = new Circle(1.5, Color.WHITE);
        Group group = new Group(dark, light, dot);
        group.setId("card-focus-marker");
        group.setMouseTransparent(true);
        group.setAccessibleText(Ui.text("card.focus.marker"));
        return group;
    }

    private void showFits() {
        fits.getChildren().setAll(cards.fits().stream().map(fit -> {
            CardSize s = fit.size();
            WrappedText line = new WrappedText(Ui.text(fit.fits() ? "card.fits.yes" : "card.fits.no", s.name(),
                    String.valueOf(s.width()), String.valueOf(s.height())));
            line.setFill(javafx.scene.paint.Color.web(fit.fits() ? FIT : NO_FIT));
            return line;
        }).toList());
    }

    private void chooseBackground() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Ui.text("card.background.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Ui.text("card.background.filter"),
                "*.png", "*.jpg", "*.jpeg", "*.PNG", "*.JPG", "*.JPEG"));
        File chosen = chooser.showOpenDialog(box.getScene().getWindow());
        if (chosen != null) {
            cards.replaceBackground(chosen.toPath());
        }
    }

    /** A picture file dropped on the card's part of the window replaces its background (not opened as a kit). */
    private void acceptDroppedPictures() {
        box.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        box.setOnDragDropped(e -> {
            boolean used = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (used) {
                cards.replaceBackground(e.getDragboard().getFiles().get(0).toPath());
            }
            e.setDropCompleted(used);
            e.consume();
        });
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> words) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : words.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
