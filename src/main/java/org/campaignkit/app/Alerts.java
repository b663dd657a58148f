package org.campaignkit.app;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.StackPane;

/**
 * Questions and notes in the interface language: mirrored for Arabic, in the window's font, and
 * with the message as a {@link WrappedText}, since the dialog's own label would garble wrapped
 * right-to-left text.
 */
final class Alerts {
    private Alerts() {
    }

    static Alert of(Alert.AlertType type, String header, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, "", buttons);
        alert.setHeaderText(header);
        WrappedText text = new WrappedText(message);
        text.setPrefWidth(440);
        StackPane content = new StackPane(text);
        content.setId("alert-message");
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setNodeOrientation(Ui.orientation());
        UiFonts.apply(alert.getDialogPane());
        return alert;
    }
}
