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
        translateButtons(alert.getDialogPane());
        return alert;
    }

    /**
     * Gives JavaFX's standard buttons (OK, Cancel, Yes, No, Close) the interface language's words:
     * JavaFX names them in the JVM's language, and has no Arabic at all. The button types stay the
     * standard ones, so answers compare as before.
     */
    static void translateButtons(javafx.scene.control.DialogPane pane) {
        for (ButtonType type : pane.getButtonTypes()) {
            String key = type == ButtonType.OK ? "button.ok" : type == ButtonType.CANCEL ? "button.cancel"
                    : type == ButtonType.YES ? "button.yes" : type == ButtonType.NO ? "button.no"
                    : type == ButtonType.CLOSE ? "button.close" : null;
            if (key != null && pane.lookupButton(type) instanceof javafx.scene.control.Button button) {
                button.setText(Ui.text(key));
            }
        }
    }
}
