package org.campaignkit.kit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Puts the domain's editable state back onto the JSON trees a kit was read from. Starting from the
 * original tree keeps every field this version does not know, and the order people wrote them in.
 */
final class KitTrees {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private KitTrees() {
    }

    /** kit.json: languages, values and each card's background, focus and layout are editable. */
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
        return root;
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
