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
        StartupClock.mark("toolkit-started");
        // The fonts load and the kit is read while the window is being built: start-up is the
        // longest of the three, not their sum.
        var fonts = java.util.concurrent.CompletableFuture.runAsync(() -> UiFonts.load(FontBook.bundled()));
        FxTaskRunner tasks = new FxTaskRunner();
        ComposerViewModel model = new ComposerViewModel(tasks);
        var pending = model.pendingRecovery();
        if (pending.isEmpty()) {
            openDefaultKit(model);
        }
        // Opening the folder hands a file: address to the desktop; nothing goes over a network.
        ComposerView view = new ComposerView(model, new ExportViewModel(tasks),
                folder -> getHostServices().showDocument(folder.toUri().toString()));
        stage.setTitle(Ui.text("app.title"));
        stage.setScene(view.scene(stage));
        fonts.join();
        StartupClock.mark("fonts-loaded");
        stage.show();
        StartupClock.mark("window-shown");
        StartupClock.reportWhenShown(stage.getScene(), model);
        // Asked without blocking start-up: the window is already there behind the question.
        pending.ifPresent(copy -> askToRestore(copy, restore -> {
            if (restore) {
                model.restore(copy);
            } else {
                model.discardRecovery(copy);
                openDefaultKit(model);
            }
        }));
    }

    private static void openDefaultKit(ComposerViewModel model) {
        Path kit = Path.of(System.getProperty("campaignkit.kit", DEFAULT_KIT.toString()));
        if (Files.exists(kit)) {
            model.open(kit);
        } else {
            model.statusProperty().set(Ui.text("app.noKit"));
        }
    }

    /** After a crash: offer the edits that were kept, naming the kit and when. */
    private static void askToRestore(Recovery.Copy copy, java.util.function.Consumer<Boolean> answer) {
        javafx.scene.control.Alert ask = Alerts.of(javafx.scene.control.Alert.AlertType.CONFIRMATION, Ui.text("recovery.header"),
                Ui.text("recovery.question", copy.origin().toString(), java.util.Date.from(copy.written())),
                javafx.scene.control.ButtonType.NO, javafx.scene.control.ButtonType.YES);
        ask.getDialogPane().setId("restore-question");
        ask.setOnHidden(e -> answer.accept(ask.getResult() == javafx.scene.control.ButtonType.YES));
        ask.show();
    }
}
