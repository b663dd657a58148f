package org.campaignkit.kit;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of opening a kit: the kit (absent when it could not be read at all), what was wrong
 * with it, and the original JSON trees, which the writer needs to keep unknown fields and to
 * leave unchanged files untouched.
 *
 * @param location the folder or zip the kit came from
 * @param originalTrees kit-relative path to the tree parsed from that file
 */
public record KitLoad(Path location, Kit kit, List<Finding> findings, Map<String, JsonNode> originalTrees) {

    public KitLoad {
        findings = List.copyOf(findings);
        originalTrees = Map.copyOf(originalTrees);
    }

    public Optional<Kit> kitIfRead() {
        return Optional.ofNullable(kit);
    }
}
