package org.campaignkit.app;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.campaignkit.kit.KitLoad;
import org.campaignkit.kit.KitReader;

/**
 * The desktop window. For now it opens a kit and shows its outline; the full composer comes with
 * the app issue. The kit is read off the UI thread so the window appears at once.
 */
public final class ComposerApp extends Application {
    /** The kit the window opens when none is named: the bundled one, when run from the project folder. */
    static final Path DEFAULT_KIT = Path.of("kits", "un-cybercrime-treaty");

    private final BorderPane root = new BorderPane();

    @Override
    public void start(Stage stage) {
        Label status = new Label("Opening kit…");
        root.setCenter(status);
        stage.setTitle("Campaign Kit Composer");
        stage.setScene(new Scene(root, 900, 640));
        stage.show();
        Path kit = Path.of(System.getProperty("campaignkit.kit", DEFAULT_KIT.toString()));
        if (!Files.exists(kit)) {
            status.setText("No kit open. Start the app from the project folder to open the bundled kit.");
            return;
        }
        Task<KitLoad> load = new Task<>() {
            @Override
            protected KitLoad call() {
                return new KitReader().read(kit);
            }
        };
        load.setOnSucceeded(e -> show(load.getValue(), status));
        load.setOnFailed(e -> status.setText("The kit could not be opened: " + load.getException().getMessage()));
        Thread worker = new Thread(load, "kit-reader");
        worker.setDaemon(true);
        worker.start();
    }

    private void show(KitLoad load, Label status) {
        if (load.kit() == null) {
            status.setText("The kit could not be opened: " + load.findings().get(0).file() + ": "
                    + load.findings().get(0).message());
            return;
        }
        TreeView<String> tree = new TreeView<>(toTree(OutlineItem.of(load.kit())));
        tree.setId("outline");
        tree.getRoot().setExpanded(true);
        root.setCenter(tree);
        root.setBottom(new Label(" " + load.location() + " — " + load.findings().size() + " findings while reading"));
    }

    private static TreeItem<String> toTree(OutlineItem item) {
        TreeItem<String> node = new TreeItem<>(item.label());
        item.children().forEach(child -> node.getChildren().add(toTree(child)));
        return node;
    }
}
