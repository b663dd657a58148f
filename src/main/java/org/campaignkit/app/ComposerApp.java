package org.campaignkit.app;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;
import org.campaignkit.text.fonts.FontBook;

/** The desktop window: loads the bundled fonts, builds the view on its view model, opens the kit. */
public final class ComposerApp extends Application {
    /** The kit the window opens when none is named: the bundled one, when run from the project folder. */
    static final Path DEFAULT_KIT = Path.of("kits", "un-cybercrime-treaty");

    @Override
    public void start(Stage stage) {
        UiFonts.load(FontBook.bundled());
        FxTaskRunner tasks = new FxTaskRunner();
        ComposerViewModel model = new ComposerViewModel(tasks);
        // Opening the folder hands a file: address to the desktop; nothing goes over a network.
        ComposerView view = new ComposerView(model, new ExportViewModel(tasks),
                folder -> getHostServices().showDocument(folder.toUri().toString()));
        stage.setTitle(Ui.text("app.title"));
        stage.setScene(view.scene(stage));
        stage.show();
        var pending = model.pendingRecovery();
        if (pending.isPresent() && askToRestore(pending.get())) {
            model.restore(pending.get());
            return;
        }
        pending.ifPresent(model::discardRecovery);
        Path kit = Path.of(System.getProperty("campaignkit.kit", DEFAULT_KIT.toString()));
        if (Files.exists(kit)) {
            model.open(kit);
        } else {
            model.statusProperty().set(Ui.text("app.noKit"));
        }
    }

    /** After a crash: offer the edits that were kept, naming the kit and when. */
    private static boolean askToRestore(Recovery.Copy copy) {
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                Ui.text("recovery.question", copy.origin().toString(), java.util.Date.from(copy.written())),
                javafx.scene.control.ButtonType.NO, javafx.scene.control.ButtonType.YES);
        ask.setHeaderText(Ui.text("recovery.header"));
        ask.getDialogPane().setNodeOrientation(Ui.orientation());
        return ask.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.YES).isPresent();
    }
}
