package org.campaignkit.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.json.JsonWriter;

/** manifest.json: the kit, its version and every written file with kind, language, format, size and checksum. */
final class Manifest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Manifest() {
    }

    static byte[] json(Kit kit, List<ExportedFile> files) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("kit", kit.id());
        root.put("version", kit.version());
        ArrayNode list = root.putArray("files");
        files.stream().sorted(Comparator.comparing(ExportedFile::path)).forEach(f -> {
            ObjectNode o = list.addObject();
            o.put("path", f.path());
            o.put("kind", f.kind().word());
            o.put("language", f.language());
            o.put("format", f.format());
            if (f.width() != null) {
                o.put("width", f.width());
                o.put("height", f.height());
            }
            if (f.id() != null) {
                o.put("id", f.id());
            }
            if (f.fallback()) {
                o.put("fallback", true);
            }
            o.put("sha256", f.sha256());
        });
        return new JsonWriter().write(root);
    }
}
