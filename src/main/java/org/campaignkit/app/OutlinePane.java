package org.campaignkit.app;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.campaignkit.kit.Finding;
import org.campaignkit.kit.Kit;

/**
 * The kit's outline, each item with a badge for the target language (missing, stale, over the
 * limit, overflowing). Selection goes both ways: picking an item shows its strings, and the view
 * model selecting one (going to a finding, next string) selects it here.
 */
final class OutlinePane {
    private final ComposerViewModel model;
    private final TreeView<OutlineItem> tree = new TreeView<>();
    private boolean syncing;

    OutlinePane(ComposerViewModel model) {
        this.model = model;
        tree.setId("outline");
        tree.setAccessibleText(Ui.text("outline.accessible"));
        tree.setCellFactory(view -> new TreeCell<>() {
            @Override
            protected void updateItem(OutlineItem item, boolean empty) {
                super.updateItem(item, empty);
                String badge = empty || item == null ? "" : badgeText(item);
                setText(empty || item == null ? null : item.label());
                setStyle(badge.isEmpty() ? "" : "-fx-text-fill: #a4262c;");
                // The badge is its own label: mixed with the item's name, right-to-left words and
                // numbers would change places.
                javafx.scene.control.Label counts = new javafx.scene.control.Label(badge);
                counts.setStyle("-fx-text-fill: #a4262c; -fx-font-weight: bold;");
                setGraphic(badge.isEmpty() ? null : counts);
                setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
                setGraphicTextGap(10);
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!syncing) {
                model.selectedProperty().set(item == null ? null : item.getValue());
            }
        });
        model.kitProperty().addListener((obs, old, kit) -> rebuildIfChanged(kit));
        model.selectedProperty().addListener((obs, old, item) -> select(item));
        model.findings().addListener((ListChangeListener<Finding>) change -> tree.refresh());
        model.targetLanguageProperty().addListener((obs, old, now) -> tree.refresh());
    }

    TreeView<OutlineItem> node() {
        return tree;
    }

    private String badgeText(OutlineItem item) {
        OutlineNavigation.Badge badge = OutlineNavigation.badge(item, model.findings(), model.targetLanguageProperty().get());
        if (badge.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        append(text, badge.missing(), "outline.badge.missing");
        append(text, badge.stale(), "outline.badge.stale");
        append(text, badge.overLimit(), "outline.badge.overLimit");
        append(text, badge.overflow(), "outline.badge.overflow");
        return text.toString();
    }

    private static void append(StringBuilder text, int count, String key) {
        if (count > 0) {
            text.append(text.length() == 0 ? "" : " · ").append(Ui.text(key, count));
        }
    }

    /** Rebuilds the tree when the kit's outline changed (another kit, a card's layout, a document's blocks). */
    private void rebuildIfChanged(Kit kit) {
        if (kit == null) {
            tree.setRoot(null);
            return;
        }
        OutlineItem outline = OutlineItem.of(kit);
        if (tree.getRoot() != null && tree.getRoot().getValue().equals(outline)) {
            tree.refresh();
            return;
        }
        boolean firstShow = tree.getRoot() == null || !tree.getRoot().getValue().id().equals(outline.id());
        OutlineItem kept = model.selectedProperty().get();
        syncing = true;
        tree.setRoot(toTree(outline));
        tree.getRoot().setExpanded(true);
        syncing = false;
        if (firstShow || kept == null) {
            selectFirstMessage();
        } else {
            select(kept);
        }
    }

    /** Opens on something to translate rather than an empty page. */
    private void selectFirstMessage() {
        List<TreeItem<OutlineItem>> groups = tree.getRoot().getChildren();
        if (!groups.isEmpty() && !groups.get(0).getChildren().isEmpty()) {
            groups.get(0).setExpanded(true);
            tree.getSelectionModel().select(groups.get(0).getChildren().get(0));
        }
    }

    /** Selects the tree item of the same kind and id (labels change with edits, identities do not). */
    private void select(OutlineItem item) {
        if (item == null || tree.getRoot() == null) {
            return;
        }
        TreeItem<OutlineItem> found = find(tree.getRoot(), item);
        if (found == null) {
            return;
        }
        if (found.getParent() != null) {
            found.getParent().setExpanded(true);
        }
        syncing = true;
        tree.getSelectionModel().select(found);
        syncing = false;
        if (!found.getValue().equals(item)) {
            model.selectedProperty().set(found.getValue());
        }
        tree.scrollTo(tree.getRow(found));
    }

    private static TreeItem<OutlineItem> find(TreeItem<OutlineItem> node, OutlineItem wanted) {
        OutlineItem value = node.getValue();
        if (value.kind() == wanted.kind() && value.id().equals(wanted.id())) {
            return node;
        }
        for (TreeItem<OutlineItem> child : node.getChildren()) {
            TreeItem<OutlineItem> found = find(child, wanted);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static TreeItem<OutlineItem> toTree(OutlineItem item) {
        TreeItem<OutlineItem> node = new TreeItem<>(item);
        item.children().forEach(child -> node.getChildren().add(toTree(child)));
        return node;
    }
}
