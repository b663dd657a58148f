package org.campaignkit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.campaignkit.kit.Finding;

/** {"findings":[...]}: one object per finding, fields that do not apply left out. */
final class FindingsJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FindingsJson() {
    }

    static String render(List<Finding> findings) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode list = root.putArray("findings");
        for (Finding f : findings) {
            ObjectNode o = list.addObject();
            o.put("severity", f.severity().word());
            o.put("code", f.code());
            putIfSet(o, "language", f.language());
            putIfSet(o, "key", f.key());
            putIfSet(o, "file", f.file());
            o.put("message", f.message());
        }
        return root.toString() + "\n";
    }

    private static void putIfSet(ObjectNode o, String field, String value) {
        if (value != null) {
            o.put(field, value);
        }
    }
}
