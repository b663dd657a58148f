package org.campaignkit.app;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.campaignkit.memory.Suggestion;

/**
 * Earlier translations of the string being edited, from the translation memory on this computer:
 * each with its score (100 for the same text), where it came from, and a button that uses it.
 */
final class MemoryPane {
    private final VBox box = new VBox(6);
    private final ComposerViewModel model;

    MemoryPane(ComposerViewModel model) {
        this.model = model;
        box.setPadding(new Insets(10));
        box.setId("memory");
        model.memory().suggestions().addListener((ListChangeListener<Suggestion>) change -> show());
        show();
    }

    VBox node() {
        return box;
    }

    private void show() {
        String key = model.memory().forKeyProperty().get();
        box.getChildren().clear();
        box.setManaged(key != null && !model.memory().suggestions().isEmpty());
        box.setVisible(box.isManaged());
        if (!box.isManaged()) {
            return;
        }
        Label heading = new Label(Ui.text("memory.heading", key));
        heading.setStyle("-fx-font-weight: bold;");
        box.getChildren().add(heading);
        int i = 0;
        for (Suggestion s : model.memory().suggestions()) {
            WrappedText text = new WrappedText(s.text());
            text.setLanguage(model.targetLanguageProperty().get());
            HBox.setHgrow(text, Priority.ALWAYS);
            Label score = new Label(Ui.text("memory.score", s.score()));
            score.setMinWidth(48);
            Button use = new Button(Ui.text("memory.use"));
            use.setId("memory-use-" + i++);
            use.setAccessibleText(Ui.text("memory.use.accessible", s.score(), s.text()));
            use.setOnAction(e -> model.editTarget(key, s.text()));
            use.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label from = new Label(Ui.text("memory.from", s.kitId(), s.key(), s.matchedSource()));
            from.setStyle("-fx-font-size: 11px; -fx-text-fill: #555555;");
            box.getChildren().add(new VBox(2, new HBox(8, score, text, use), from));
        }
    }
}
