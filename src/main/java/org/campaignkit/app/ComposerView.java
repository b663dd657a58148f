package org.campaignkit.app;

import java.io.File;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import org.campaignkit.kit.Finding;
import org.campaignkit.kit.Kit;

/**
 * The composer window, built in code from the view model: target language and history on top,
 * the kit's outline on the left, the selected item's strings side by side in the middle, and the
 * checks for the target language below. It holds no logic of its own.
 */
final class ComposerView {
    private final ComposerViewModel model;
    private final BorderPane root = new BorderPane();
    private final TreeView<OutlineItem> outline = new TreeView<>();
    private final GridPane strings = StringEditor.grid();
    private final ListView<Finding> checks = new ListView<>();
    private final ComboBox<String> target = new ComboBox<>();

    private final ExportViewModel exports;
    private final RecentKits recent = RecentKits.forUser();
    private final java.util.function.Consumer<java.nio.file.Path> openFolder;

    ComposerView(ComposerViewModel model, ExportViewModel exports, java.util.function.Consumer<java.nio.file.Path> openFolder) {
        this.model = model;
        this.exports = exports;
        this.openFolder = openFolder;
        build();
        bind();
    }

    Scene scene(Stage stage) {
        Scene scene = new Scene(root, 1180, 760);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), model::undo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), model::redo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> save(stage, false));
        UiFonts.apply(root);
        stage.setOnCloseRequest(e -> {
            if (!confirmDiscard()) {
                e.consume();
            }
        });
        return scene;
    }

    private void build() {
        target.setId("target-language");
        target.setAccessibleText("Target language");
        target.setConverter(new StringConverter<>() {
            @Override
            public String toString(String tag) {
                return tag == null ? "" : ComposerViewModel.languageName(tag);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        Button undo = new Button("Undo");
        undo.setId("undo");
        undo.setOnAction(e -> model.undo());
        undo.disableProperty().bind(model.canUndoProperty().not());
        Button redo = new Button("Redo");
        redo.setOnAction(e -> model.redo());
        redo.disableProperty().bind(model.canRedoProperty().not());
        Button save = new Button("Save");
        save.setOnAction(e -> save((Stage) root.getScene().getWindow(), false));
        Button saveAs = new Button("Save as…");
        saveAs.setOnAction(e -> save((Stage) root.getScene().getWindow(), true));
        Button openKitFolder = new Button("Open kit folder…");
        openKitFolder.setOnAction(e -> {
            File chosen = new DirectoryChooser().showDialog(root.getScene().getWindow());
            if (chosen != null) {
                openKit(chosen.toPath());
            }
        });
        Button openFile = new Button("Open .ckit/.zip…");
        openFile.setOnAction(e -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("Campaign kits", "*.ckit", "*.zip"));
            File chosen = chooser.showOpenDialog(root.getScene().getWindow());
            if (chosen != null) {
                openKit(chosen.toPath());
            }
        });
        javafx.scene.control.MenuButton recentMenu = new javafx.scene.control.MenuButton("Recent");
        recentMenu.setOnShowing(e -> recentMenu.getItems().setAll(recent.list().stream().map(path -> {
            javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(path.toString());
            item.setOnAction(a -> openKit(path));
            return item;
        }).toList()));
        Button export = new Button("Export…");
        export.setId("export");
        export.setOnAction(e -> ExportDialog.show(root.getScene().getWindow(), model, exports, openFolder));
        root.setTop(new ToolBar(openKitFolder, openFile, recentMenu, new javafx.scene.control.Separator(),
                new Label("Translate into"), target, undo, redo, save, saveAs, export));
        // A kit folder or file dropped on the window opens.
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean opened = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (opened) {
                openKit(e.getDragboard().getFiles().get(0).toPath());
            }
            e.setDropCompleted(opened);
            e.consume();
        });

        outline.setId("outline");
        outline.setShowRoot(true);
        outline.setCellFactory(tree -> new javafx.scene.control.TreeCell<>() {
            @Override
            protected void updateItem(OutlineItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        });
        strings.setPadding(new Insets(10));
        DocumentPreviewModel pages = new DocumentPreviewModel(model, model.tasks(), java.time.Clock.systemDefaultZone());
        ScrollPane editor = new ScrollPane(new VBox(strings,
                new DocumentBlocksPane(new DocumentBlocksModel(model), pages, model).node()));
        editor.setFitToWidth(true);
        ScrollPane preview = new ScrollPane(new VBox(new VariablePane(model).node(), new PreviewPane(model).node(),
                new DocumentPreviewPane(pages).node()));
        preview.setFitToWidth(true);
        SplitPane middle = new SplitPane(editor, preview);
        middle.setOrientation(javafx.geometry.Orientation.VERTICAL);
        middle.setDividerPositions(0.5);
        SplitPane split = new SplitPane(outline, middle);
        split.setDividerPositions(0.26);
        root.setCenter(split);

        checks.setId("checks");
        checks.setPrefHeight(150);
        checks.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Finding f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : f.severity().word() + "  " + f.code() + "  "
                        + (f.key() == null ? "" : f.key() + ": ") + f.message());
            }
        });
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        VBox bottom = new VBox(4, new Label("Checks for this language and the whole kit"), checks, status);
        bottom.setPadding(new Insets(6));
        root.setBottom(bottom);
    }

    private void bind() {
        model.kitProperty().addListener((obs, old, kit) -> {
            if (kit != null && (old == null || !old.id().equals(kit.id()) || outline.getRoot() == null)) {
                outline.setRoot(toTree(OutlineItem.of(kit)));
                outline.getRoot().setExpanded(true);
                selectFirstMessage();
                target.getItems().setAll(kit.languages());
            }
            redrawStrings();
        });
        target.valueProperty().bindBidirectional(model.targetLanguageProperty());
        outline.getSelectionModel().selectedItemProperty().addListener((obs, old, item) ->
                model.selectedProperty().set(item == null ? null : item.getValue()));
        model.rows().addListener((ListChangeListener<StringRow>) change -> redrawStrings());
        model.findings().addListener((ListChangeListener<Finding>) change -> showChecks());
        model.targetLanguageProperty().addListener((obs, old, now) -> showChecks());
    }

    /** Opens another kit, asking first when this one has unsaved edits. */
    void openKit(java.nio.file.Path path) {
        if (confirmDiscard()) {
            recent.remember(path);
            model.open(path);
        }
    }

    /** True when there is nothing unsaved, or the person agrees to drop the unsaved edits. */
    boolean confirmDiscard() {
        if (!model.dirtyProperty().get()) {
            return true;
        }
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                "This kit has edits that are not saved. Drop them?", javafx.scene.control.ButtonType.CANCEL,
                javafx.scene.control.ButtonType.OK);
        ask.setHeaderText("Unsaved edits");
        return ask.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK).isPresent();
    }

    /** Opens on something to translate rather than an empty page. */
    private void selectFirstMessage() {
        TreeItem<OutlineItem> messages = outline.getRoot().getChildren().isEmpty() ? null : outline.getRoot().getChildren().get(0);
        if (messages != null && !messages.getChildren().isEmpty()) {
            messages.setExpanded(true);
            outline.getSelectionModel().select(messages.getChildren().get(0));
        }
    }

    private void redrawStrings() {
        strings.getChildren().clear();
        Kit kit = model.kitProperty().get();
        if (kit == null) {
            return;
        }
        for (int i = 0; i < model.rows().size(); i++) {
            StringEditor.addRow(strings, i, model.rows().get(i), kit.sourceLanguage(), model.targetLanguageProperty().get(), model);
        }
    }

    private void showChecks() {
        String language = model.targetLanguageProperty().get();
        checks.getItems().setAll(model.findings().stream()
                .filter(f -> f.language() == null || f.language().equals(language)).toList());
    }

    private void save(Stage stage, boolean askFolder) {
        if (model.kitProperty().get() == null) {
            return;
        }
        if (askFolder || model.needsSaveAs()) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Save the kit into a folder");
            File folder = chooser.showDialog(stage);
            if (folder != null) {
                model.save(folder.toPath());
            }
        } else {
            model.save(null);
        }
    }

    private static TreeItem<OutlineItem> toTree(OutlineItem item) {
        TreeItem<OutlineItem> node = new TreeItem<>(item);
        item.children().forEach(child -> node.getChildren().add(toTree(child)));
        return node;
    }
}
