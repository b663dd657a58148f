package org.campaignkit.app;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.campaignkit.kit.Finding;

/**
 * The checks for the target language and the whole kit, always in view under the editor.
 * Clicking a finding (or Enter on it) goes to what it is about; F8 walks through them.
 */
final class FindingsPanel {
    private final ComposerViewModel model;
    private final ListView<Finding> list = new ListView<>();
    private final Label heading = new Label();
    private final VBox box;

    FindingsPanel(ComposerViewModel model) {
        this.model = model;
        list.setId("checks");
        list.setPrefHeight(110);
        VBox.setVgrow(list, javafx.scene.layout.Priority.ALWAYS);
        list.setAccessibleText(Ui.text("checks.accessible"));
        list.setPlaceholder(new Label(Ui.text("checks.none")));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Finding f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : describe(f));
                setStyle(empty || f == null ? "" : f.isError() ? "-fx-text-fill: #a4262c;" : "");
            }
        });
        list.setOnMouseClicked(e -> goTo(list.getSelectionModel().getSelectedItem()));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                goTo(list.getSelectionModel().getSelectedItem());
            }
        });
        model.findings().addListener((ListChangeListener<Finding>) change -> show());
        model.targetLanguageProperty().addListener((obs, old, now) -> show());
        box = new VBox(4, heading, list);
    }

    VBox node() {
        return box;
    }

    /** Selects and goes to the finding after the selected one (F8). */
    void next() {
        model.navigation().nextFinding(list.getSelectionModel().getSelectedItem()).ifPresent(f -> {
            list.getSelectionModel().select(f);
            list.scrollTo(f);
            goTo(f);
        });
    }

    /** "error · over-limit · [es] message.x: …", with the severity in the interface language. */
    static String describe(Finding f) {
        // The message is English: a closing mark keeps its final full stop with it in a right-to-left window.
        return Ui.text("severity." + f.severity().word()) + " · " + f.code() + " · "
                + (f.language() == null ? "" : "[" + f.language() + "] ") + (f.key() == null ? "" : f.key() + ": ") + f.message()
                + "\u200E";
    }

    private void goTo(Finding f) {
        if (f != null) {
            model.navigation().goTo(f);
        }
    }

    private void show() {
        var shown = model.navigation().findingsForTarget();
        list.getItems().setAll(shown);
        long errors = shown.stream().filter(Finding::isError).count();
        heading.setText(Ui.text("checks.heading", model.targetLanguageProperty().get() == null ? ""
                : ComposerViewModel.languageName(model.targetLanguageProperty().get()), errors, shown.size() - errors));
    }
}
