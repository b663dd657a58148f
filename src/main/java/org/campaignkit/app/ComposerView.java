package org.campaignkit.app;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToolBar;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.campaignkit.exchange.ExchangeFormat;
import org.campaignkit.kit.Kit;

/**
 * The composer window, built in code from the view model: menus and the language pickers on top,
 * the kit's outline on the left, the selected item's strings side by side in the middle with its
 * previews below them, and the checks always in view at the bottom. It holds no logic of its own.
 * The whole window mirrors when the interface is in Arabic.
 */
final class ComposerView {
    private final ComposerViewModel model;
    private final ExportViewModel exports;
    private final Consumer<Path> openFolder;
    private final RecentKits recent = RecentKits.forUser();
    private final BorderPane root = new BorderPane();
    private final GridPane strings = StringEditor.grid();
    private final ScrollPane editor = new ScrollPane();
    private final LanguagePickers languages;
    private final OutlinePane outline;
    private final FindingsPanel checks;
    private Stage stage;

    ComposerView(ComposerViewModel model, ExportViewModel exports, Consumer<Path> openFolder) {
        this.model = model;
        this.exports = exports;
        this.openFolder = openFolder;
        this.languages = new LanguagePickers(model);
        this.outline = new OutlinePane(model);
        this.checks = new FindingsPanel(model);
        build();
        bind();
        // Lets the window tests reach the view model behind the scene they drive.
        root.getProperties().put(ComposerViewModel.class, model);
    }

    Scene scene(Stage owner) {
        this.stage = owner;
        Scene scene = new Scene(root, 1180, 760);
        UiFonts.apply(root);
        root.setNodeOrientation(Ui.orientation());
        owner.setOnCloseRequest(e -> {
            if (!confirmDiscard()) {
                e.consume();
            }
        });
        return scene;
    }

    private void build() {
        root.setTop(new VBox(new ComposerMenus(this, model, languages).menuBar(), toolBar()));
        acceptDroppedKits();

        strings.setPadding(new Insets(10));
        DocumentPreviewModel pages = new DocumentPreviewModel(model, model.tasks(), java.time.Clock.systemDefaultZone());
        editor.setContent(new VBox(strings, new DocumentBlocksPane(new DocumentBlocksModel(model), pages, model).node()));
        editor.setFitToWidth(true);
        editor.setId("strings");
        ScrollPane previews = new ScrollPane(new VBox(new MemoryPane(model).node(), new VariablePane(model).node(),
                new PreviewPane(model).node(),
                new DocumentPreviewPane(pages).node()));
        previews.setFitToWidth(true);
        // Another item's previews start at their top, not where the last item's were scrolled to.
        model.selectedProperty().addListener((obs, old, now) -> {
            if (old == null || now == null || old.kind() != now.kind() || !old.id().equals(now.id())) {
                previews.setVvalue(0);
            }
        });
        SplitPane middle = new SplitPane(editor, previews);
        middle.setOrientation(Orientation.VERTICAL);
        middle.setDividerPositions(0.5);
        SplitPane split = new SplitPane(outline.node(), middle);
        split.setDividerPositions(0.26);

        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.statusProperty());
        // The checks stay in view below the work, and the person can give them more or less room.
        VBox findings = checks.node();
        findings.setPadding(new Insets(6, 6, 0, 6));
        SplitPane work = new SplitPane(split, findings);
        work.setOrientation(Orientation.VERTICAL);
        work.setDividerPositions(0.8);
        SplitPane.setResizableWithParent(findings, false);
        root.setCenter(work);
        status.setPadding(new Insets(2, 6, 4, 6));
        root.setBottom(status);
    }

    private ToolBar toolBar() {
        Button addLanguage = new Button(Ui.text("language.add"));
        addLanguage.setId("add-language");
        addLanguage.setOnAction(e -> languages.addLanguage(stage));
        Button undo = button("undo", "action.undo", model::undo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        Button redo = button("redo", "action.redo", model::redo);
        redo.disableProperty().bind(model.canRedoProperty().not());
        return new ToolBar(new Label(Ui.text("language.reference")), languages.reference(), new Label(Ui.text("language.target")),
                languages.target(), addLanguage, new Separator(), undo, redo, button("save", "action.save", () -> save(false)),
                button("export", "action.export", this::export));
    }

    private static Button button(String id, String key, Runnable action) {
        Button button = new Button(Ui.text(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** A kit folder or file dropped on the window opens. */
    private void acceptDroppedKits() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
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
    }

    private void bind() {
        model.kitProperty().addListener((obs, old, kit) -> {
            if (kit != null && (old == null || !old.languages().equals(kit.languages()))) {
                languages.show(kit);
            }
            redrawStrings();
        });
        model.rows().addListener((ListChangeListener<StringRow>) change -> redrawStrings());
        model.focusKeyProperty().addListener((obs, old, key) -> focusString(key));
        model.exchange().reportProperty().addListener((obs, old, lines) -> {
            if (lines != null) {
                Alerts.of(Alert.AlertType.INFORMATION, Ui.text("exchange.reportHeader"), String.join("\n", lines), ButtonType.OK).show();
            }
        });
    }

    /** Puts the caret in a string's target field and scrolls it into view. */
    private void focusString(String key) {
        if (key == null) {
            return;
        }
        // Keys hold dots, which a CSS id selector would read as classes: match the id itself. The
        // field may be in the item's rows or in a document block.
        Node field = editor.getContent().lookupAll(".text-area").stream().filter(n -> ("target-" + key).equals(n.getId()))
                .findFirst().orElse(null);
        if (field instanceof TextArea area) {
            area.requestFocus();
            area.end();
            Node content = editor.getContent();
            double top = content.sceneToLocal(area.localToScene(0, 0)).getY();
            double y = top / Math.max(1, content.getLayoutBounds().getHeight() - editor.getViewportBounds().getHeight());
            editor.setVvalue(Math.min(1, Math.max(0, y)));
        }
    }

    /** The key of the string whose field has the caret, if any. */
    String focusedKey() {
        Node owner = root.getScene() == null ? null : root.getScene().getFocusOwner();
        return owner != null && owner.getId() != null && owner.getId().startsWith("target-") ? owner.getId().substring(7) : null;
    }

    void nextString(int step) {
        String key = focusedKey();
        if (key != null) {
            // Leaving the field commits its edit before the rows are redrawn.
            strings.requestFocus();
        }
        model.navigation().nextString(key, step);
    }

    void nextFinding() {
        checks.next();
    }

    void openKitFolder() {
        File chosen = new DirectoryChooser().showDialog(stage);
        if (chosen != null) {
            openKit(chosen.toPath());
        }
    }

    void openKitFile() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Ui.text("file.kits"), "*.ckit", "*.zip"));
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            openKit(chosen.toPath());
        }
    }

    RecentKits recent() {
        return recent;
    }

    /** Opens another kit, asking first when this one has unsaved edits. */
    void openKit(Path path) {
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
        Alert ask = Alerts.of(Alert.AlertType.CONFIRMATION, Ui.text("unsaved.header"), Ui.text("unsaved.question"),
                ButtonType.CANCEL, ButtonType.OK);
        return ask.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    void export() {
        ExportDialog.show(stage, model, exports, openFolder);
    }

    /** Asks for a format and a file, then writes the target language for a translator's tool. */
    void sendToTranslator() {
        Kit kit = model.kitProperty().get();
        String language = model.targetLanguageProperty().get();
        if (kit == null || language == null) {
            return;
        }
        if (language.equals(kit.sourceLanguage())) {
            model.statusProperty().set(Ui.text("exchange.pickTarget"));
            return;
        }
        java.util.Map<String, ExchangeFormat> formats = new java.util.LinkedHashMap<>();
        for (ExchangeFormat format : ExchangeFormat.values()) {
            formats.put(Ui.text("exchange.format." + format.name()), format);
        }
        javafx.scene.control.ChoiceDialog<String> ask = new javafx.scene.control.ChoiceDialog<>(
                formats.keySet().iterator().next(), formats.keySet());
        ask.initOwner(stage);
        ask.setTitle(Ui.text("menu.file.sendToTranslator"));
        ask.setHeaderText(Ui.text("exchange.chooseFormat", ComposerViewModel.languageName(language)));
        ask.getDialogPane().setNodeOrientation(Ui.orientation());
        UiFonts.apply(ask.getDialogPane());
        Alerts.translateButtons(ask.getDialogPane());
        ask.showAndWait().map(formats::get).ifPresent(format -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(TranslatorExchange.fileName(kit, language, format));
            File chosen = chooser.showSaveDialog(stage);
            if (chosen != null) {
                model.exchange().send(language, format, chosen.toPath());
            }
        });
    }

    /** Asks for a translator's file and imports it as one undoable edit. */
    void importTranslation() {
        if (model.kitProperty().get() == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Ui.text("exchange.files"), "*.xlf", "*.xliff", "*.po"));
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            model.exchange().receive(chosen.toPath());
        }
    }

    void quit() {
        if (confirmDiscard()) {
            stage.close();
        }
    }

    /**
     * Rebuilds the string rows. The person may already be in another field (clicking into it is
     * what committed the last edit and brought us here), so that field keeps the caret.
     */
    private void redrawStrings() {
        String focused = focusedKey();
        int caret = root.getScene() != null && root.getScene().getFocusOwner() instanceof TextArea area ? area.getCaretPosition() : 0;
        strings.getChildren().clear();
        Kit kit = model.kitProperty().get();
        if (kit == null) {
            return;
        }
        for (int i = 0; i < model.rows().size(); i++) {
            StringEditor.addRow(strings, i, model.rows().get(i), model.referenceLanguageProperty().get(),
                    model.targetLanguageProperty().get(), model);
        }
        if (focused != null) {
            strings.getChildren().stream().filter(n -> ("target-" + focused).equals(n.getId())).findFirst()
                    .ifPresent(n -> {
                        TextArea area = (TextArea) n;
                        area.requestFocus();
                        area.positionCaret(Math.min(caret, area.getLength()));
                    });
        }
    }

    void save(boolean askFolder) {
        if (model.kitProperty().get() == null) {
            return;
        }
        if (askFolder || model.needsSaveAs()) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(Ui.text("save.chooseFolder"));
            File folder = chooser.showDialog(stage);
            if (folder != null) {
                model.save(folder.toPath());
            }
        } else {
            model.save(null);
        }
    }
}
