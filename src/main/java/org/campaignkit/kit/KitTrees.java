package org.campaignkit.kit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Puts the domain's editable state back onto the JSON trees a kit was read from. Starting from the
 * original tree keeps every field this version does not know, and the order people wrote them in.
 */
final class KitTrees {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private KitTrees() {
    }

    /** kit.json: languages, values, each card's background, focus and layout, and each document's blocks are editable. */
    static ObjectNode kitJson(JsonNode original, Kit kit) {
        ObjectNode root = original == null ? NODES.objectNode() : ((ObjectNode) original).deepCopy();
        ArrayNode languages = NODES.arrayNode();
        kit.languages().forEach(languages::add);
        if (!languages.equals(root.get("languages"))) {
            root.set("languages", languages);
        }
        patchValues(root, kit.values());
        JsonNode cards = root.get("cards");
        if (cards != null && cards.isArray()) {
            for (JsonNode node : cards) {
                if (node.isObject()) {
                    kit.card(node.path("id").asText()).ifPresent(card -> patchCard((ObjectNode) node, card, kit.brand()));
                }
            }
        }
        JsonNode documents = root.get("documents");
        if (documents != null && documents.isArray()) {
            for (JsonNode node : documents) {
                if (node.isObject()) {
                    kit.document(node.path("id").asText()).ifPresent(doc -> patchBlocks((ObjectNode) node, doc.blocks()));
                }
            }
        }
        return root;
    }

    /**
     * A document's blocks in the domain's order. Untouched when they are the blocks the file
     * describes; otherwise each block the file had keeps its node (and any field we do not know),
     * and a new block gets a plain one.
     */
    private static void patchBlocks(ObjectNode document, List<Block> blocks) {
        JsonNode old = document.get("blocks");
        List<JsonNode> unused = new ArrayList<>();
        if (old != null && old.isArray()) {
            old.forEach(unused::add);
        }
        if (unused.stream().map(KitTrees::block).toList().equals(blocks)) {
            return;
        }
        ArrayNode next = NODES.arrayNode();
        for (Block block : blocks) {
            JsonNode kept = null;
            for (Iterator<JsonNode> it = unused.iterator(); it.hasNext() && kept == null;) {
                JsonNode candidate = it.next();
                if (block.equals(block(candidate))) {
                    kept = candidate;
                    it.remove();
                }
            }
            next.add(kept != null ? kept : blockNode(block));
        }
        document.set("blocks", next);
    }

    /** The block a node of the file describes, or null for one the reader would refuse. */
    private static Block block(JsonNode node) {
        if (node == null || !node.isObject() || !node.path("text").isTextual()) {
            return null;
        }
        String by = node.path("by").isTextual() ? node.get("by").asText() : null;
        return BlockKind.parse(node.path("kind").asText()).map(kind -> new Block(kind, node.get("text").asText(), by))
                .orElse(null);
    }

    private static ObjectNode blockNode(Block block) {
        ObjectNode node = NODES.objectNode();
        node.put("kind", block.kind().word());
        node.put("text", block.textKey());
        if (block.byKey() != null) {
            node.put("by", block.byKey());
        }
        return node;
    }

    private static void patchValues(ObjectNode root, Map<String, String> values) {
        JsonNode old = root.get("values");
        ObjectNode next = NODES.objectNode();
        if (old != null && old.isObject()) {
            old.fields().forEachRemaining(f -> {
                if (values.containsKey(f.getKey())) {
                    String now = values.get(f.getKey());
                    next.set(f.getKey(), f.getValue().asText().equals(now) ? f.getValue() : NODES.textNode(now));
                }
            });
        }
        values.forEach((name, value) -> {
            if (!next.has(name)) {
                next.put(name, value);
            }
        });
        if (next.isEmpty() && old == null) {
            return;
        }
        root.set("values", next);
    }

    private static void patchCard(ObjectNode node, Card card, Brand brand) {
        if (!card.background().equals(node.path("background").asText())) {
            node.put("background", card.background());
        }
        JsonNode focus = node.get("focus");
        boolean sameFocus = focus != null && focus.size() == 2
                && focus.get(0).asDouble() == card.focusX() && focus.get(1).asDouble() == card.focusY();
        boolean defaultFocus = focus == null && card.focusX() == 0.5 && card.focusY() == 0.5;
        if (!sameFocus && !defaultFocus) {
            node.set("focus", NODES.arrayNode().add(card.focusX()).add(card.focusY()));
        }
        boolean defaultLayout = !node.has("layout") && card.layout() == CardLayout.BOTTOM_BAND;
        if (!defaultLayout && !card.layout().word().equals(node.path("layout").asText())) {
            node.put("layout", card.layout().word());
        }
    }

    /** texts/LANG.json: the strings in the domain's order, each entry keeping its unknown fields. */
    static ObjectNode texts(JsonNode original, Texts texts) {
        ObjectNode root = original != null && original.isObject() ? ((ObjectNode) original).deepCopy() : NODES.objectNode();
        if (!root.has("language")) {
            root.put("language", texts.language());
        }
        JsonNode oldStrings = root.path("strings");
        ObjectNode strings = NODES.objectNode();
        texts.entries().forEach((key, entry) -> strings.set(key, entryNode(oldStrings.get(key), entry)));
        root.set("strings", strings);
        return root;
    }

    private static JsonNode entryNode(JsonNode original, Entry entry) {
        if (entry.isPlain() && (original == null || original.isTextual())) {
            return NODES.textNode(entry.text());
        }
        ObjectNode node = original != null && original.isObject() ? ((ObjectNode) original).deepCopy() : NODES.objectNode();
        node.put("text", entry.text());
        setOrRemove(node, "status", entry.status() == null ? null : entry.status().word());
        setOrRemove(node, "source", entry.source());
        setOrRemove(node, "note", entry.note());
        return node;
    }

    private static void setOrRemove(ObjectNode node, String field, String value) {
        if (value == null) {
            node.remove(field);
        } else {
            node.put(field, value);
        }
    }
}
