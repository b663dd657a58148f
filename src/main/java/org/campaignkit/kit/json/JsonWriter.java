package org.campaignkit.kit.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes kit JSON the way people write it: two-space indent, keys in the order they already
 * have, small flat objects and arrays of plain values on one line, UTF-8 with LF and a final
 * newline, non-ASCII letters as themselves. The output is a pure function of the tree, so
 * writing an unchanged tree twice gives the same bytes (clean git diffs).
 */
public final class JsonWriter {
    private static final int INLINE_WIDTH = 100;
    private final ObjectMapper scalars = new ObjectMapper();

    public byte[] write(JsonNode root) {
        StringBuilder out = new StringBuilder();
        write(root, 0, out);
        out.append('\n');
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void write(JsonNode node, int indent, StringBuilder out) {
        if (!node.isContainerNode()) {
            out.append(scalar(node));
            return;
        }
        String inline = inline(node);
        if (inline != null && indent + inline.length() <= INLINE_WIDTH) {
            out.append(inline);
            return;
        }
        boolean object = node.isObject();
        out.append(object ? '{' : '[');
        if (node.isEmpty()) {
            out.append(object ? '}' : ']');
            return;
        }
        out.append('\n');
        if (object) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                pad(indent + 2, out);
                out.append(quote(field.getKey())).append(": ");
                write(field.getValue(), indent + 2, out);
                out.append(fields.hasNext() ? ",\n" : "\n");
            }
        } else {
            for (int i = 0; i < node.size(); i++) {
                pad(indent + 2, out);
                write(node.get(i), indent + 2, out);
                out.append(i + 1 < node.size() ? ",\n" : "\n");
            }
        }
        pad(indent, out);
        out.append(object ? '}' : ']');
    }

    /** One-line form of a container whose children are all plain values, else null. */
    private String inline(JsonNode node) {
        StringBuilder sb = new StringBuilder();
        if (node.isObject()) {
            sb.append(node.isEmpty() ? "{" : "{ ");
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isContainerNode()) {
                    return null;
                }
                sb.append(quote(field.getKey())).append(": ").append(scalar(field.getValue()));
                sb.append(fields.hasNext() ? ", " : " ");
            }
            return sb.append('}').toString();
        }
        sb.append('[');
        for (int i = 0; i < node.size(); i++) {
            if (node.get(i).isContainerNode()) {
                return null;
            }
            sb.append(scalar(node.get(i))).append(i + 1 < node.size() ? ", " : "");
        }
        return sb.append(']').toString();
    }

    private String scalar(JsonNode node) {
        try {
            return scalars.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A plain JSON value could not be written", e);
        }
    }

    private String quote(String key) {
        try {
            return scalars.writeValueAsString(key);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON key could not be written", e);
        }
    }

    private static void pad(int n, StringBuilder out) {
        out.append(" ".repeat(n));
    }
}
