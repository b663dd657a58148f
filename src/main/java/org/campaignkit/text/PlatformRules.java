package org.campaignkit.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.campaignkit.kit.Finding;
import org.campaignkit.kit.KitFormatException;
import org.campaignkit.kit.json.JsonCodec;

/**
 * The platform rules in force: the bundled platforms.json, with any field overridden by a
 * person's own file. Overrides merge per platform and may add platforms.
 */
public final class PlatformRules {
    private static final String BUNDLED = "platforms.json";
    private final Map<String, Platform> platforms;

    private PlatformRules(Map<String, Platform> platforms) {
        this.platforms = platforms;
    }

    /** The bundled rules only. */
    public static PlatformRules bundled() {
        try {
            return load(null);
        } catch (KitFormatException e) {
            throw new IllegalStateException("The bundled platforms.json is broken: " + e.getMessage(), e);
        }
    }

    /** The user's file, where a person keeps overrides when nothing is named on the command line. */
    public static Path userFile() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("campaign-kit").resolve("platforms.json");
    }

    /** The bundled rules merged with an override file (null for none). */
    public static PlatformRules load(Path override) throws KitFormatException {
        JsonCodec codec = new JsonCodec();
        Map<String, ObjectNode> merged = new LinkedHashMap<>();
        try (InputStream in = PlatformRules.class.getResourceAsStream(BUNDLED)) {
            merge(merged, codec.parse(BUNDLED, in.readAllBytes()), BUNDLED);
        } catch (IOException e) {
            throw new IllegalStateException("platforms.json is missing from the program", e);
        }
        if (override != null) {
            String name = override.toString();
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(override);
            } catch (IOException e) {
                throw new KitFormatException(Finding.error("missing-file", name, "Cannot read the platform rules: " + e.getMessage()));
            }
            merge(merged, codec.parse(name, bytes), name);
        }
        Map<String, Platform> platforms = new LinkedHashMap<>();
        for (var e : merged.entrySet()) {
            platforms.put(e.getKey(), toPlatform(e.getKey(), e.getValue(), override == null ? BUNDLED : override.toString()));
        }
        return new PlatformRules(platforms);
    }

    /** The bundled rules plus the user's file if one exists. */
    public static PlatformRules forUser() throws KitFormatException {
        Path user = userFile();
        return load(Files.isRegularFile(user) ? user : null);
    }

    private static void merge(Map<String, ObjectNode> merged, JsonNode root, String file) throws KitFormatException {
        JsonNode list = root.path("platforms");
        if (!list.isArray()) {
            throw new KitFormatException(Finding.error("invalid-kit", file, "at /platforms: expected a list of platforms."));
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode p = list.get(i);
            if (!p.isObject() || !p.path("id").isTextual()) {
                throw new KitFormatException(Finding.error("invalid-kit", file, "at /platforms/" + i + ": each platform needs an \"id\"."));
            }
            String id = p.get("id").asText();
            merged.computeIfAbsent(id, k -> ((ObjectNode) p).objectNode()).setAll((ObjectNode) p);
        }
    }

    private static Platform toPlatform(String id, ObjectNode node, String file) throws KitFormatException {
        var counting = Counting.parse(node.path("counting").asText("characters"));
        if (counting.isEmpty()) {
            throw new KitFormatException(Finding.error("invalid-kit", file,
                    "platform \"" + id + "\": counting is twitter, graphemes or characters."));
        }
        int limit = node.path("limit").asInt(0);
        if (limit <= 0) {
            throw new KitFormatException(Finding.error("invalid-kit", file, "platform \"" + id + "\": \"limit\" must be a positive number."));
        }
        return new Platform(id, node.path("name").asText(id), limit, counting.get(), node.path("urlLength").asInt(0),
                node.path("maxHashtags").asInt(0), node.path("linkInPost").asBoolean(true));
    }

    public Optional<Platform> platform(String id) {
        return Optional.ofNullable(platforms.get(id));
    }

    public Collection<Platform> all() {
        return new ArrayList<>(platforms.values());
    }
}
