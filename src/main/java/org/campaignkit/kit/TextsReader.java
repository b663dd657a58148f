package org.campaignkit.kit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code texts/<lang>.json}: entries are plain strings or objects with text, status, source
 * and note. A broken entry is reported with its pointer and skipped; the others stay usable.
 */
final class TextsReader {
    private TextsReader() {
    }

    static Texts read(String file, String language, JsonNode root, List<Finding> sink) {
        Problems problems = new Problems(file, sink);
        Map<String, Entry> entries = new LinkedHashMap<>();
        if (!root.isObject()) {
            problems.invalid("/", "a texts file is a JSON object with \"language\" and \"strings\".");
            return new Texts(language, entries);
        }
        JsonNode declared = root.get("language");
        if (declared != null && !language.equals(declared.asText())) {
            problems.invalid("/language", "the file says \"" + declared.asText() + "\" but is named for \"" + language
                    + "\"; the file name and \"language\" must agree.");
        }
        JsonNode strings = root.get("strings");
        if (strings == null || !strings.isObject()) {
            problems.invalid("/strings", "\"strings\" must be an object of key → text.");
            return new Texts(language, entries);
        }
        Iterator<Map.Entry<String, JsonNode>> fields = strings.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            Entry entry = entry(problems, "/strings/" + pointerEscape(field.getKey()), field.getValue());
            if (entry != null) {
                entries.put(field.getKey(), entry);
            }
        }
        return new Texts(language, entries);
    }

    private static Entry entry(Problems problems, String at, JsonNode node) {
        if (node.isTextual()) {
            return Entry.plain(node.asText());
        }
        if (!node.isObject()) {
            problems.invalid(at, "an entry is a string or an object with \"text\".");
            return null;
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            problems.invalid(at + "/text", "the entry needs a \"text\" string.");
            return null;
        }
        Status status = null;
        JsonNode statusNode = node.get("status");
        if (statusNode != null && !statusNode.isNull()) {
            var parsed = Status.parse(statusNode.asText());
            if (parsed.isEmpty() || !statusNode.isTextual()) {
                problems.invalid(at + "/status", "status is draft, translated or reviewed.");
                return null;
            }
            status = parsed.get();
        }
        String source = optionalString(problems, at + "/source", node.get("source"));
        String note = optionalString(problems, at + "/note", node.get("note"));
        return new Entry(text.asText(), status, source, note);
    }

    private static String optionalString(Problems problems, String at, JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            problems.invalid(at, "must be a string.");
            return null;
        }
        return node.asText();
    }

    private static String pointerEscape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
