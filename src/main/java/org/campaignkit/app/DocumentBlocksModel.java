package org.campaignkit.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.campaignkit.kit.Block;
import org.campaignkit.kit.BlockKind;
import org.campaignkit.kit.Document;
import org.campaignkit.kit.Entry;
import org.campaignkit.kit.Kit;

/**
 * The selected document's blocks in order, each with its strings in the target language, and the
 * structural edits: move a block up or down, remove it, add a paragraph after it. The blocks are
 * the same in every language, so their structure is edited only while the source language is the
 * one being edited; a translator edits the text. Every edit is one undoable step.
 */
final class DocumentBlocksModel {
    private final ComposerViewModel model;
    private final ObservableList<BlockRow> blocks = FXCollections.observableArrayList();
    private final BooleanProperty structureEditable = new SimpleBooleanProperty();

    /** One block as the editor shows it: its position, its kind and its strings. */
    record BlockRow(int index, BlockKind kind, List<StringRow> strings) {
        BlockRow {
            strings = List.copyOf(strings);
        }
    }

    DocumentBlocksModel(ComposerViewModel model) {
        this.model = model;
        model.kitProperty().addListener((obs, old, now) -> refresh());
        model.targetLanguageProperty().addListener((obs, old, now) -> refresh());
        model.referenceLanguageProperty().addListener((obs, old, now) -> refresh());
        model.selectedProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    /** The keys of a document that belong to no block (title, subject, salutation, closing), in reading order. */
    static List<String> partKeys(Kit kit, String documentId) {
        return kit.document(documentId).map(d -> Stream.of(d.titleKey(), d.subjectKey(), d.salutationKey(), d.closingKey())
                .filter(Objects::nonNull).toList()).orElse(List.of());
    }

    void moveUp(int index) {
        move(index, index - 1);
    }

    void moveDown(int index) {
        move(index, index + 1);
    }

    void remove(int index) {
        Document document = editableDocument();
        if (document != null && index >= 0 && index < document.blocks().size()) {
            List<Block> edited = new ArrayList<>(document.blocks());
            edited.remove(index);
            model.apply(model.kitProperty().get().withDocument(document.withBlocks(edited)));
        }
    }

    /**
     * Adds a paragraph after block {@code index} (-1: at the top) with a new key of its own and
     * the source text typed; the other languages then miss it until it is translated.
     */
    void addParagraphAfter(int index, String sourceText) {
        Document document = editableDocument();
        String text = sourceText == null ? "" : sourceText.strip();
        if (document == null || text.isEmpty() || index < -1 || index >= document.blocks().size()) {
            return;
        }
        Kit kit = model.kitProperty().get();
        String key = newKey(kit, document.id());
        List<Block> edited = new ArrayList<>(document.blocks());
        edited.add(index + 1, new Block(BlockKind.PARAGRAPH, key, null));
        model.apply(kit.withDocument(document.withBlocks(edited)).withEntry(kit.sourceLanguage(), key, Entry.plain(text)));
    }

    /** "press-release.paragraph.3": the first number no string of any language, nor kit.json, uses yet. */
    static String newKey(Kit kit, String documentId) {
        for (int n = 1;; n++) {
            String key = documentId + ".paragraph." + n;
            boolean used = kit.referencedKeys().contains(key)
                    || kit.texts().values().stream().anyMatch(texts -> texts.entry(key).isPresent());
            if (!used) {
                return key;
            }
        }
    }

    private void move(int from, int to) {
        Document document = editableDocument();
        if (document == null || from < 0 || to < 0 || from >= document.blocks().size() || to >= document.blocks().size()) {
            return;
        }
        List<Block> edited = new ArrayList<>(document.blocks());
        Collections.swap(edited, from, to);
        model.apply(model.kitProperty().get().withDocument(document.withBlocks(edited)));
    }

    /** The selected document when its structure may be edited now, else null. */
    private Document editableDocument() {
        return structureEditable.get() ? selectedDocument() : null;
    }

    private Document selectedDocument() {
        OutlineItem item = model.selectedProperty().get();
        Kit kit = model.kitProperty().get();
        if (kit == null || item == null || item.kind() != OutlineItem.Kind.DOCUMENT) {
            return null;
        }
        return kit.document(item.id()).orElse(null);
    }

    private void refresh() {
        Kit kit = model.kitProperty().get();
        String language = model.targetLanguageProperty().get();
        Document document = selectedDocument();
        structureEditable.set(document != null && kit.sourceLanguage().equals(language));
        if (document == null || language == null) {
            blocks.clear();
            return;
        }
        List<BlockRow> rows = new ArrayList<>();
        for (int i = 0; i < document.blocks().size(); i++) {
            Block block = document.blocks().get(i);
            List<StringRow> strings = Stream.of(block.textKey(), block.byKey()).filter(Objects::nonNull)
                    .map(key -> StringRow.of(kit, model.referenceLanguageProperty().get(), language, key)).toList();
            rows.add(new BlockRow(i, block.kind(), strings));
        }
        if (!rows.equals(blocks)) {
            blocks.setAll(rows);
        }
    }

    /** The selected document's blocks; empty when no document is selected. */
    ObservableList<BlockRow> blocks() {
        return blocks;
    }

    /** True while the source language is the one being edited, the only time blocks may be moved, added or removed. */
    BooleanProperty structureEditableProperty() {
        return structureEditable;
    }

    /** The language whose text the structural edits change. */
    String sourceLanguage() {
        Kit kit = model.kitProperty().get();
        return kit == null ? "" : kit.sourceLanguage();
    }
}
