package org.campaignkit.app;

import javafx.geometry.HPos;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.campaignkit.kit.Status;
import org.campaignkit.text.Scripts;
import org.campaignkit.text.fonts.FontBook;
import org.campaignkit.text.fonts.FontRole;

/**
 * One string side by side: the source text (read-only) and the target text (editable), with the
 * target's state. The edit is handed to the view model when the field loses focus, so one undo
 * step is one edit, not one keystroke.
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

    static void addRow(GridPane grid, int row, StringRow string, String sourceLanguage, String targetLanguage,
            ComposerViewModel model) {
        Label key = new Label(string.key() + (string.missing() ? "  — missing" : string.stale() ? "  — source changed" : ""));
        key.getStyleClass().add("string-key");
        key.setMinWidth(0);
        key.setStyle("-fx-font-size: 11px; -fx-text-fill: " + (string.missing() || string.stale() ? "#a4262c" : "#555555") + ";");

        TextArea source = new TextArea(string.source());
        source.setEditable(false);
        source.setWrapText(true);
        source.setPrefRowCount(3);
        source.setPrefColumnCount(16);
        source.setMinWidth(0);
        source.setAccessibleText("Source text of " + string.key());
        orient(source, sourceLanguage);

        TextArea target = new TextArea(string.target());
        target.setWrapText(true);
        target.setPrefRowCount(3);
        target.setPrefColumnCount(16);
        target.setMinWidth(0);
        target.setId("target-" + string.key());
        target.setAccessibleText("Translation of " + string.key());
        orient(target, targetLanguage);
        target.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                model.editTarget(string.key(), target.getText());
            }
        });

        ComboBox<Status> status = new ComboBox<>();
        status.setPrefWidth(130);
        status.setMinWidth(130);
        status.getItems().setAll(Status.values());
        status.setValue(string.status());
        status.setDisable(string.missing());
        status.setAccessibleText("State of " + string.key());
        status.valueProperty().addListener((obs, old, now) -> {
            if (now != null && now != old) {
                model.setStatus(string.key(), now);
            }
        });

        grid.add(key, 0, row * 2, 3, 1);
        grid.add(source, 0, row * 2 + 1);
        grid.add(target, 1, row * 2 + 1);
        grid.add(status, 2, row * 2 + 1);
        GridPane.setHgrow(source, Priority.ALWAYS);
        GridPane.setHgrow(target, Priority.ALWAYS);
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
        // clipped): such text is shown unwrapped, with a horizontal scroll bar, until that is solved.
        area.setWrapText(!rtl);
    }
}
