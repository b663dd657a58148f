package org.campaignkit.app;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The block editor of the selected document: each block in order with its kind and its strings
 * (the same rows as every other string), and, while the source language is edited, buttons to
 * move a block, remove it or add a paragraph after it. Focusing or clicking a block turns the
 * page preview to its page. Typing only refreshes the rows of the block typed in, so a button
 * pressed right after typing is still there when it is released.
 */
final class DocumentBlocksPane {
    private static final String SELECTED_STYLE = "-fx-border-color: transparent transparent transparent #4B1D78; "
            + "-fx-border-width: 0 0 0 3; -fx-padding: 0 0 0 6;";
    private static final String PLAIN_STYLE = "-fx-border-color: transparent; -fx-border-width: 0 0 0 3; -fx-padding: 0 0 0 6;";

    private final DocumentBlocksModel blocks;
    private final DocumentPreviewModel preview;
    private final ComposerViewModel model;
    private final VBox box = new VBox(8);
    private final WrappedText mode = new WrappedText();
    private final Button editSource = new Button();
    private final VBox list = new VBox(12);
    private final List<BlockView> views = new ArrayList<>();
    /** What the pane shows now; null before anything was built. */
    private List<DocumentBlocksModel.BlockRow> shownRows;
    private boolean shownEditable;
    private String shownDocument;
    private VBox adder;
    private int selected = -1;
    /** Whether the last key or button pressed was the mouse's: only the keyboard's focus is scrolled to. */
    private boolean byPointer;

    /** The nodes of one block that are updated in place. */
    private record BlockView(VBox container, GridPane strings, List<Button> buttons) {
    }

    DocumentBlocksPane(DocumentBlocksModel blocks, DocumentPreviewModel preview, ComposerViewModel model) {
        this.blocks = blocks;
        this.preview = preview;
        this.model = model;
        box.setPadding(new Insets(0, 10, 10, 10));
        box.setId("document-blocks");
        Label title = new Label(Ui.text("document.blocks.title"));
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 14px;");

        mode.setId("document-blocks-mode");
        editSource.setId("document-edit-source");
        editSource.setOnAction(e -> model.targetLanguageProperty().set(blocks.sourceLanguage()));
        box.getChildren().setAll(title, mode, editSource, list);
        blocks.blocks().addListener((ListChangeListener<DocumentBlocksModel.BlockRow>) change -> refresh());
        blocks.structureEditableProperty().addListener((obs, old, now) -> refresh());
        model.selectedProperty().addListener((obs, old, now) -> refresh());
        // Not focusWithin: a state box's list cell counts as focused inside its block, so it would stay true.
        javafx.beans.value.ChangeListener<Node> focusMoved = (obs, was, owner) -> focusMoved(owner);
        javafx.event.EventHandler<javafx.scene.input.InputEvent> pointer = e -> byPointer = true;
        javafx.event.EventHandler<javafx.scene.input.InputEvent> keys = e -> byPointer = false;
        box.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(focusMoved);
                old.removeEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, pointer);
                old.removeEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, keys);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(focusMoved);
                scene.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, pointer);
                scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, keys);
            }
        });
        refresh();
    }

    Node node() {
        return box;
    }

    private void refresh() {
        OutlineItem item = model.selectedProperty().get();
        boolean document = item != null && item.kind() == OutlineItem.Kind.DOCUMENT;
        box.setManaged(document);
        box.setVisible(document);
        List<DocumentBlocksModel.BlockRow> rows = List.copyOf(blocks.blocks());
        boolean editable = blocks.structureEditableProperty().get();
        String documentId = document ? item.id() : null;
        if (!java.util.Objects.equals(documentId, shownDocument)) {
            selected = -1; // another document: no block of it is selected yet
            shownDocument = documentId;
        }
        if (shownRows != null && editable == shownEditable && sameStructure(shownRows, rows)) {
            for (int i = 0; i < rows.size(); i++) {
                if (!rows.get(i).equals(shownRows.get(i))) {
                    fill(views.get(i).strings(), rows.get(i));
                }
            }
        } else {
            rebuild(rows, editable);
        }
        shownRows = rows;
        shownEditable = editable;
    }

    /** Same blocks, in the same order: only texts or states changed. */
    private static boolean sameStructure(List<DocumentBlocksModel.BlockRow> a, List<DocumentBlocksModel.BlockRow> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).kind() != b.get(i).kind() || !keys(a.get(i)).equals(keys(b.get(i)))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> keys(DocumentBlocksModel.BlockRow row) {
        return row.strings().stream().map(StringRow::key).toList();
    }

    private void rebuild(List<DocumentBlocksModel.BlockRow> rows, boolean editable) {
        String source = ComposerViewModel.languageName(blocks.sourceLanguage());
        mode.setText(Ui.text(editable ? "document.blocks.mode.source" : "document.blocks.mode.translation", source));
        editSource.setText(Ui.text("document.blocks.edit-source", source));
        editSource.setAccessibleText(Ui.text("document.blocks.edit-source", source));
        editSource.setManaged(!editable);
        editSource.setVisible(!editable);
        adder = null;
        views.clear();
        list.getChildren().clear();
        if (rows.isEmpty() && editable) {
            Button first = button("document.block.add-first", "document.block.add-first.accessible", 0, null);
            first.setOnAction(e -> openAdder(-1, first));
            list.getChildren().add(first);
        }
        for (DocumentBlocksModel.BlockRow row : rows) {
            BlockView view = blockView(row, rows.size(), editable);
            views.add(view);
            list.getChildren().add(view.container());
        }
        selected = Math.min(selected, rows.size() - 1);
        highlight();
    }

    private BlockView blockView(DocumentBlocksModel.BlockRow row, int count, boolean editable) {
        int i = row.index();
        String kind = Ui.text("document.block.kind." + row.kind().word());
        Label label = new Label(Ui.text("document.block.label", i + 1, kind));
        label.setStyle("-fx-font-weight: bold;");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(6, label, gap);
        header.setAlignment(Pos.CENTER_LEFT);
        List<Button> buttons = new ArrayList<>();
        if (editable) {
            Button up = button("document.block.up", "document.block.up.accessible", i, kind);
            up.setDisable(i == 0);
            up.setOnAction(e -> moved(i, i - 1, 0));
            Button down = button("document.block.down", "document.block.down.accessible", i, kind);
            down.setDisable(i == count - 1);
            down.setOnAction(e -> moved(i, i + 1, 1));
            Button remove = button("document.block.remove", "document.block.remove.accessible", i, kind);
            remove.setOnAction(e -> removed(i));
            Button add = button("document.block.add", "document.block.add.accessible", i, kind);
            add.setOnAction(e -> openAdder(i, add));
            buttons.addAll(List.of(up, down, remove, add));
            header.getChildren().addAll(buttons);
        }
        GridPane strings = StringEditor.grid();
        fill(strings, row);
        VBox container = new VBox(4, header, strings);
        container.setId("document-block-" + i);
        container.setStyle(PLAIN_STYLE);
        container.setOnMouseClicked(e -> select(i));
        return new BlockView(container, strings, buttons);
    }

    private Button button(String textKey, String accessibleKey, int index, String kind) {
        Button button = new Button(Ui.text(textKey));
        button.setAccessibleText(Ui.text(accessibleKey, index + 1, kind));
        button.setId(textKey.replace('.', '-') + "-" + index);
        return button;
    }

    private void fill(GridPane grid, DocumentBlocksModel.BlockRow row) {
        grid.getChildren().clear();
        String target = model.targetLanguageProperty().get();
        for (int s = 0; s < row.strings().size(); s++) {
            StringEditor.addRow(grid, s, row.strings().get(s), model.referenceLanguageProperty().get(), target, model);
        }
    }

    /** Moves a block and keeps the keyboard on the same button of the block, now at its new place. */
    private void moved(int from, int to, int button) {
        if (to < from) {
            blocks.moveUp(from);
        } else {
            blocks.moveDown(from);
        }
        select(to);
        focusButton(to, button);
    }

    private void removed(int index) {
        blocks.remove(index);
        if (!views.isEmpty()) {
            int next = Math.min(index, views.size() - 1);
            select(next);
            focusButton(next, 2);
        }
    }

    private void focusButton(int block, int button) {
        if (block < 0 || block >= views.size() || views.get(block).buttons().isEmpty()) {
            return;
        }
        List<Button> buttons = views.get(block).buttons();
        Button wanted = buttons.get(button);
        (wanted.isDisabled() ? buttons.get(button == 0 ? 1 : 0) : wanted).requestFocus();
    }

    /** Puts the keyboard in a block's first editable text. */
    private void focusText(int block) {
        if (block >= 0 && block < views.size()) {
            views.get(block).strings().getChildren().stream()
                    .filter(n -> n instanceof TextArea area && area.isEditable())
                    .findFirst().ifPresent(Node::requestFocus);
        }
    }

    /** Opens a field under a block (or at the top, for -1) to type a new paragraph's source text. */
    private void openAdder(int after, Button opener) {
        closeAdder();
        String source = ComposerViewModel.languageName(blocks.sourceLanguage());
        Label label = new Label(Ui.text("document.block.new.label", source));
        TextArea text = new TextArea();
        text.setId("document-new-paragraph");
        text.setAccessibleText(Ui.text("document.block.new.label", source));
        text.setWrapText(true);
        text.setPrefRowCount(3);
        StringEditor.orient(text, blocks.sourceLanguage());
        Button add = new Button(Ui.text("document.block.new.add"));
        add.setId("document-new-paragraph-add");
        add.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> text.getText().isBlank(),
                text.textProperty()));
        Button cancel = new Button(Ui.text("document.block.new.cancel"));
        cancel.setOnAction(e -> {
            closeAdder();
            opener.requestFocus();
        });
        text.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancel.fire();
                e.consume();
            }
        });
        add.setOnAction(e -> {
            blocks.addParagraphAfter(after, text.getText());
            closeAdder();
            select(after + 1);
            focusText(after + 1);
        });
        adder = new VBox(4, label, text, new HBox(6, add, cancel));
        adder.setPadding(new Insets(4, 0, 4, 9));
        list.getChildren().add(after + 1 + (views.isEmpty() ? 1 : 0), adder);
        text.requestFocus();
        VBox shown = adder;
        javafx.application.Platform.runLater(() -> Scrolling.intoView(shown)); // once it is laid out
    }

    private void closeAdder() {
        if (adder != null) {
            list.getChildren().remove(adder);
            adder = null;
        }
    }

    /** Keyboard focus that moves into a block selects it, and is scrolled into view. */
    private void focusMoved(Node owner) {
        if (owner == null || !isInside(owner)) {
            return;
        }
        if (!byPointer) {
            // Scrolling under a pressed mouse button would move the button away before it is released.
            Scrolling.intoView(owner);
        }
        for (Node node = owner; node != null && node != box; node = node.getParent()) {
            for (int i = 0; i < views.size(); i++) {
                if (views.get(i).container() == node) {
                    select(i);
                    return;
                }
            }
        }
    }

    private boolean isInside(Node node) {
        for (Node parent = node; parent != null; parent = parent.getParent()) {
            if (parent == box) {
                return true;
            }
        }
        return false;
    }

    private void select(int index) {
        if (index != selected) {
            selected = index;
            highlight();
        }
        preview.showBlock(index);
    }

    private void highlight() {
        for (int i = 0; i < views.size(); i++) {
            views.get(i).container().setStyle(i == selected ? SELECTED_STYLE : PLAIN_STYLE);
        }
    }
}
