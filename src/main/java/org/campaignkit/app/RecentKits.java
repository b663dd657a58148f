package org.campaignkit.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.campaignkit.kit.AtomicFiles;

/**
 * The kits a person opened lately, newest first, kept in a small file of their own on this
 * computer only. A missing or broken file just means no recent kits.
 */
final class RecentKits {
    static final int MAX = 8;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;

    RecentKits(Path file) {
        this.file = file;
    }

    /** ~/.config/campaign-kit/recent.json (or under XDG_CONFIG_HOME). */
    static RecentKits forUser() {
        return new RecentKits(UserFolders.config().resolve("recent.json"));
    }

    List<Path> list() {
        List<Path> kits = new ArrayList<>();
        try {
            JsonNode root = JSON.readTree(file.toFile());
            for (JsonNode p : root.path("kits")) {
                if (p.isTextual() && kits.size() < MAX) {
                    kits.add(Path.of(p.asText()));
                }
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        return kits;
    }

    /** Puts a kit first; writing is atomic and a failure is ignored (it only loses the list). */
    void remember(Path kit) {
        Path absolute = kit.toAbsolutePath().normalize();
        List<Path> kits = new ArrayList<>(list());
        kits.remove(absolute);
        kits.add(0, absolute);
        ArrayNode array = JSON.createArrayNode();
        kits.stream().limit(MAX).forEach(p -> array.add(p.toString()));
        try {
            AtomicFiles.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(JSON.createObjectNode().set("kits", array)));
        } catch (IOException e) {
            // Not remembering a kit loses nothing the person made.
        }
    }
}
