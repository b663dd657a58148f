package org.campaignkit.app;

import javafx.geometry.HPos;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.campaignkit.kit.Status;
import org.campaignkit.text.InlineMarkup;
import org.campaignkit.text.PlaceholderGuard;
import org.campaignkit.text.Scripts;
import org.campaignkit.text.fonts.FontBook;
import org.campaignkit.text.fonts.FontRole;

/**
 * One string side by side: the reference text as it reads (markup applied, placeholders
 * coloured; for a stale string, the source it was translated from and the source now), and the
 * editable target with its state. Every keystroke updates the counters and previews; the edit is
 * handed to the view model as one undoable step when the field is left. Placeholders in the
 * target are kept whole.
 */
final class StringEditor {
    private StringEditor() {
    }

    /**
     * An empty grid for rows: source and target share the width equally and may shrink to nothing;
     * the state box keeps its size.
     */
    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        ColumnConstraints source = new ColumnConstraints(0, 300, Double.MAX_VALUE, Priority.ALWAYS, HPos.LEFT, true);
        ColumnConstraints target = new ColumnConstraints(0, 300, Double.MAX_VALUE, Priority.ALWAYS, HPos.LEFT, true);
        grid.getColumnConstraints().setAll(source, target, new ColumnConstraints(140));
        grid.setMinWidth(0);
        return grid;
    }

    /** Adds the string's rows to the grid at {@code row} (three grid rows per string). */
    static void addRow(GridPane grid, int row, StringRow string, String referenceLanguage, String targetLanguage,
            ComposerViewModel model) {
        Label key = new Label(string.key() + (string.missing() ? "  — " + Ui.text("string.missing")
                : string.stale() ? "  — " + Ui.text("string.stale") : ""));
        key.getStyleClass().add("string-key");
        key.setMinWidth(0);
        key.setStyle("-fx-font-size: 11px; -fx-text-fill: " + (string.missing() || string.stale() ? "#a4262c" : "#555555") + ";");

        VBox reference = new VBox(4);
        reference.setMinWidth(0);
        if (string.stale()) {
            reference.getChildren().addAll(caption(Ui.text("string.sourceThen")), copyable(MarkupView.of(string.previousSource(),
                    referenceLanguage), string.previousSource()), caption(Ui.text("string.sourceNow")));
        }
        WrappedText referenceText = copyable(MarkupView.of(string.stale() ? string.currentSource() : string.reference(),
                referenceLanguage), string.reference());
        referenceText.setId("reference-" + string.key());
        referenceText.setAccessibleText(Ui.text("string.reference.accessible", string.key(), string.reference()));
        reference.getChildren().add(referenceText);

        TextArea target = new TextArea(string.target());
        target.setPrefRowCount(3);
        target.setPrefColumnCount(16);
        target.setMinWidth(0);
        target.setId("target-" + string.key());
        target.setAccessibleText(Ui.text("string.target.accessible", string.key()));
        orient(target, targetLanguage);
        tabLeavesTheField(target);
        WrappedText guard = new WrappedText();
        guard.setFont(javafx.scene.text.Font.font(UiFonts.primary(), 11));
        guard.setFill(javafx.scene.paint.Color.web("#a4262c"));
        target.setTextFormatter(new TextFormatter<String>(change -> {
            PlaceholderGuard.Span broken = PlaceholderGuard.broken(change.getControlText(), change.getRangeStart(),
                    change.getRangeEnd());
            guard.setText(broken == null ? "" : Ui.text("string.placeholderKept", "{{" + broken.name() + "}}"));
            return broken == null ? change : null;
        }));
        VBox rendered = new VBox();
        rendered.setMinWidth(0);
        showRendered(rendered, string.target(), targetLanguage);
        target.textProperty().addListener((obs, old, now) -> {
            model.typing(string.key(), now);
            showRendered(rendered, now, targetLanguage);
        });
        target.focusedProperty().addListener((obs, was, now) -> {
            if (now) {
                model.editing(string.key());
            } else {
                model.editTarget(string.key(), target.getText());
            }
        });

        ComboBox<Status> status = new ComboBox<>();
        status.setPrefWidth(130);
        status.setMinWidth(130);
        status.getItems().setAll(Status.values());
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(Status s) {
                return s == null ? "" : Ui.text("status." + s.word());
            }

            @Override
            public Status fromString(String text) {
                return null;
            }
        });
        status.setValue(string.status());
        status.setDisable(string.target().isEmpty() && string.missing());
        status.setId("status-" + string.key());
        status.setAccessibleText(Ui.text("string.status.accessible", string.key()));
        status.valueProperty().addListener((obs, old, now) -> {
            if (now != null && now != old) {
                model.setStatus(string.key(), now);
            }
        });

        grid.add(key, 0, row * 3, 3, 1);
        grid.add(reference, 0, row * 3 + 1);
        grid.add(target, 1, row * 3 + 1);
        grid.add(status, 2, row * 3 + 1);
        grid.add(new VBox(2, guard, rendered), 1, row * 3 + 2);
        GridPane.setHgrow(reference, Priority.ALWAYS);
        GridPane.setHgrow(target, Priority.ALWAYS);
    }

    /**
     * Under the field, the text as it reads, when that differs from what is typed: markup applied
     * and placeholders coloured (and always for right-to-left text, which the field shows unwrapped).
     */
    private static void showRendered(VBox box, String text, String language) {
        boolean differs = !InlineMarkup.plainText(text).equals(text) || !PlaceholderGuard.spans(text).isEmpty();
        if (differs || (language != null && Scripts.isRightToLeft(language))) {
            box.getChildren().setAll(caption(Ui.text("string.readsAs")), MarkupView.of(text, language));
        } else {
            box.getChildren().clear();
        }
    }

    /**
     * Tab moves to the next control, as in every other field, instead of typing a tab character
     * no post or document wants; a text area moves focus on Ctrl+Tab, so Tab is passed on as that.
     */
    private static void tabLeavesTheField(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                area.fireEvent(new KeyEvent(e.getSource(), e.getTarget(), e.getEventType(), e.getCharacter(), e.getText(),
                        e.getCode(), e.isShiftDown(), true, e.isAltDown(), e.isMetaDown()));
            }
        });
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-size: 11px; -fx-text-fill: #555555;");
        return label;
    }

    /** A read-only text a translator can still copy (context menu), since a flow cannot be selected. */
    private static WrappedText copyable(WrappedText flow, String text) {
        MenuItem copy = new MenuItem(Ui.text("string.copy"));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
        ContextMenu menu = new ContextMenu(copy);
        flow.setOnContextMenuRequested(e -> menu.show(flow, e.getScreenX(), e.getScreenY()));
        return flow;
    }

    /**
     * The area's font is the one the FontBook picks for the language: JavaFX garbles wrapped Arabic
     * drawn through a fallback font, so the script's own face must be the primary one. Right-to-left
     * languages get a right-to-left area.
     */
    static void orient(TextArea area, String language) {
        if (language == null) {
            return;
        }
        String family = FontBook.bundled().familyFor(area.getText().isBlank() ? "a" : area.getText(), FontRole.BODY, language);
        area.setStyle("-fx-font-family: '" + family + "';");
        boolean rtl = Scripts.isRightToLeft(language);
        area.setNodeOrientation(rtl ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        // JavaFX 21 garbles wrapped right-to-left text in a TextArea (lines repeat, the first is
        // clipped): such text is shown unwrapped, with a horizontal scroll bar, and the flow
        // underneath shows it wrapped as it reads.
        area.setWrapText(!rtl);
    }
}
