package org.campaignkit.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Point2D;
import org.campaignkit.export.card.BackgroundCrop;
import org.campaignkit.kit.Card;
import org.campaignkit.kit.CardLayout;
import org.campaignkit.kit.CardSize;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.source.KitFiles;

/**
 * Editing the selected card, without the toolkit's controls: which of its sizes the preview draws
 * (remembered per card while the kit is open), its layout, its focus point (a click on the
 * preview, or the arrow keys), a new background picture, and whether its text fits at each size.
 * Every change to the card is one undoable edit of the composer's view model; slow work (reading
 * a picture, fitting text) runs off the UI thread.
 */
final class CardEditing {
    /** How far an arrow key moves the focus point, as a share of the picture; with Shift, {@link #BIG_STEP}. */
    static final double STEP = 0.02;
    static final double BIG_STEP = 0.1;
    /** Fitting waits for typing to pause this long; a newer request replaces a waiting one. */
    static final long FITS_AFTER_MILLIS = 300;

    private final ComposerViewModel model;
    private final TaskRunner tasks;
    private final Map<String, CardSize> chosenSizes = new HashMap<>();
    private final ObservableList<CardSize> sizes = FXCollections.observableArrayList();
    private final ObjectProperty<CardSize> size = new SimpleObjectProperty<>();
    private final ObjectProperty<CardLayout> layout = new SimpleObjectProperty<>();
    private final BooleanProperty cardSelected = new SimpleBooleanProperty();
    private final BooleanProperty pictureBackground = new SimpleBooleanProperty();
    private final ObjectProperty<Point2D> marker = new SimpleObjectProperty<>();
    private final ObservableList<CardPreviews.SizeFit> fits = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty problem = new SimpleBooleanProperty();
    private final BooleanProperty importing = new SimpleBooleanProperty();
    private CardPreviews.Preview shown;
    private int fitsGeneration;

    CardEditing(ComposerViewModel model, TaskRunner tasks) {
        this.model = model;
        this.tasks = tasks;
        model.kitProperty().addListener((obs, old, now) -> refresh());
        model.targetLanguageProperty().addListener((obs, old, now) -> refresh());
        model.selectedProperty().addListener((obs, old, now) -> {
            message.set("");
            refresh();
        });
    }

    /** The size the preview draws for a card: the one chosen for it, else its first. */
    CardSize sizeFor(Card card) {
        CardSize chosen = chosenSizes.get(card.id());
        return chosen != null && card.sizes().contains(chosen) ? chosen : card.sizes().get(0);
    }

    /** Draws the selected card at another of its sizes. */
    void chooseSize(CardSize wanted) {
        selectedCard().filter(card -> wanted != null && card.sizes().contains(wanted) && !wanted.equals(sizeFor(card)))
                .ifPresent(card -> {
                    chosenSizes.put(card.id(), wanted);
                    size.set(wanted);
                    model.redrawCardPreview();
                });
    }

    /** Sets the selected card's layout, as one undoable edit. */
    void chooseLayout(CardLayout wanted) {
        selectedCard().filter(card -> wanted != null && card.layout() != wanted)
                .ifPresent(card -> model.apply(model.kitProperty().get().withCard(card.withLayout(wanted))));
    }

    /**
     * Sets the focus point to the part of the picture under a point of the preview, given as a
     * share (0..1) of the preview's width and height, mapped through the crop the preview was drawn with.
     */
    void focusAt(double shareX, double shareY) {
        Optional<Card> card = selectedCard();
        BackgroundCrop crop = card.map(this::cropShowing).orElse(null);
        if (crop != null) {
            java.awt.geom.Point2D focus = crop.focusAt(shareX * crop.cardWidth(), shareY * crop.cardHeight());
            setFocus(card.get(), focus.getX(), focus.getY());
        }
    }

    /** Moves the focus point by a share of the picture (the arrow keys). */
    void nudgeFocus(double dx, double dy) {
        selectedCard().filter(card -> pictureBackground.get()).ifPresent(card -> setFocus(card, card.focusX() + dx, card.focusY() + dy));
    }

    /**
     * Makes a picture file the selected card's background: checked and stripped of its metadata
     * off the UI thread, added to the kit under {@code images/} (saved with it), one undoable edit.
     * A file that is refused changes nothing and says why.
     */
    void replaceBackground(Path file) {
        Optional<Card> selected = selectedCard();
        if (selected.isEmpty() || importing.get() || model.currentLoad() == null) {
            return;
        }
        String cardId = selected.get().id();
        Path location = model.currentLoad().location();
        KitAdditions additions = model.additions();
        importing.set(true);
        problem.set(false);
        message.set(Ui.text("card.background.reading", String.valueOf(file.getFileName())));
        tasks.run("card background", () -> {
            try (KitFiles files = KitFiles.open(location)) {
                return BackgroundImport.read(file, cardId, path -> additions.taken(path) || BackgroundImport.inUse(files, path));
            }
        }, imported -> {
            importing.set(false);
            Kit kit = model.kitProperty().get();
            Optional<Card> card = kit == null || additions != model.additions() ? Optional.empty() : kit.card(cardId);
            if (card.isEmpty()) {
                message.set("");
                return; // another kit was opened meanwhile
            }
            additions.add(imported.path(), imported.content());
            model.apply(kit.withCard(card.get().withBackground(imported.path())));
            message.set(Ui.text("card.background.replaced", String.valueOf(file.getFileName()), imported.path()));
        }, error -> {
            importing.set(false);
            problem.set(true);
            message.set(Ui.text("card.background.refused", error.getMessage() != null ? error.getMessage() : error.toString()));
        });
    }

    /** The preview just shown: its crop places the marker and maps the next click. */
    void drawn(CardPreviews.Preview preview) {
        shown = preview;
        updateMarker();
    }

    /** Forgets the chosen sizes and any message (a kit was opened). */
    void forget() {
        chosenSizes.clear();
        message.set("");
        problem.set(false);
        refresh();
    }

    private void setFocus(Card card, double x, double y) {
        double fx = round(x);
        double fy = round(y);
        if (fx != card.focusX() || fy != card.focusY()) {
            model.apply(model.kitProperty().get().withCard(card.withFocus(fx, fy)));
        }
    }

    /** Thousandths: finer than a pixel of any card, and kit.json stays readable. */
    private static double round(double share) {
        return Math.round(Math.max(0, Math.min(1, share)) * 1000) / 1000.0;
    }

    /** The crop of the preview on screen, when it shows this card's current picture. */
    private BackgroundCrop cropShowing(Card card) {
        if (shown == null || shown.crop() == null || !shown.card().id().equals(card.id())
                || !shown.card().background().equals(card.background())) {
            return null;
        }
        return shown.crop();
    }

    private Optional<Card> selectedCard() {
        Kit kit = model.kitProperty().get();
        OutlineItem item = model.selectedProperty().get();
        if (kit == null || item == null || item.kind() != OutlineItem.Kind.CARD) {
            return Optional.empty();
        }
        return kit.card(item.id());
    }

    private void refresh() {
        Optional<Card> selected = selectedCard();
        cardSelected.set(selected.isPresent());
        if (selected.isEmpty()) {
            sizes.clear();
            size.set(null);
            layout.set(null);
            pictureBackground.set(false);
            marker.set(null);
            fits.clear();
            return;
        }
        Card card = selected.get();
        if (!sizes.equals(card.sizes())) {
            sizes.setAll(card.sizes());
        }
        size.set(sizeFor(card));
        layout.set(card.layout());
        pictureBackground.set(!card.hasColorBackground(model.kitProperty().get().brand()));
        updateMarker();
        scheduleFits(card.id());
    }

    private void updateMarker() {
        Optional<Card> card = selectedCard();
        BackgroundCrop crop = card.map(this::cropShowing).orElse(null);
        if (crop == null) {
            marker.set(null);
            return;
        }
        java.awt.geom.Point2D at = crop.cardPoint(card.get().focusX(), card.get().focusY());
        marker.set(new Point2D(at.getX() / crop.cardWidth(), at.getY() / crop.cardHeight()));
    }

    /** Fits the card's text at each of its sizes once typing pauses; an older result is dropped. */
    private void scheduleFits(String cardId) {
        int generation = ++fitsGeneration;
        Kit kit = model.kitProperty().get();
        String language = model.targetLanguageProperty().get();
        CardPreviews previews = model.cardPreviews();
        if (previews == null || language == null) {
            fits.clear();
            return;
        }
        tasks.later(FITS_AFTER_MILLIS, () -> {
            if (generation != fitsGeneration) {
                return;
            }
            tasks.run("card fits", () -> previews.fits(kit, cardId, language), result -> {
                if (generation == fitsGeneration) {
                    fits.setAll(result);
                }
            }, error -> {
                if (generation == fitsGeneration) {
                    fits.clear();
                }
            });
        });
    }

    ObservableList<CardSize> sizes() {
        return sizes;
    }

    ObjectProperty<CardSize> sizeProperty() {
        return size;
    }

    ObjectProperty<CardLayout> layoutProperty() {
        return layout;
    }

    BooleanProperty cardSelectedProperty() {
        return cardSelected;
    }

    /** True when the card's background is a picture, so it has a focus point to set. */
    BooleanProperty pictureBackgroundProperty() {
        return pictureBackground;
    }

    /** The focus point on the preview, as a share of its width and height; null when there is none to show. */
    ObjectProperty<Point2D> markerProperty() {
        return marker;
    }

    ObservableList<CardPreviews.SizeFit> fits() {
        return fits;
    }

    StringProperty messageProperty() {
        return message;
    }

    /** True when the message says something was refused. */
    BooleanProperty problemProperty() {
        return problem;
    }

    BooleanProperty importingProperty() {
        return importing;
    }
}
