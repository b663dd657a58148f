package org.campaignkit.kit.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * kit.json as written on disk. Unknown fields are ignored here because the writer keeps them from
 * the original tree (see {@link org.campaignkit.kit.KitWriter}); this record only types what we read.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KitJson(
        String format,
        String id,
        String version,
        String sourceLanguage,
        List<String> languages,
        BrandJson brand,
        List<VariableJson> variables,
        Map<String, JsonNode> values,
        List<MessageJson> messages,
        List<CardJson> cards,
        List<DocumentJson> documents) {

    /** The brand block: colours by name, optional font files and a logo path. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BrandJson(Map<String, String> colors, Map<String, String> fonts, String logo) {
    }

    /** A declared placeholder variable. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record VariableJson(String name, String label, Boolean required, String type) {
    }

    /** A social message and the platforms it targets. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MessageJson(String id, String text, Map<String, String> variants, List<String> platforms,
            String link, List<String> hashtags, String card) {
    }

    /** An image card; sizes are preset names or {width, height, name} objects, so kept as nodes. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CardJson(String id, String background, List<Double> focus, String layout, String headline,
            String subline, String alt, List<JsonNode> sizes) {
    }

    /** A document; subject, salutation and closing are optional letter fields, title an optional key. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DocumentJson(String id, String type, String title, String subject, String salutation,
            String closing, List<BlockJson> blocks) {
    }

    /** One block of a document. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BlockJson(String kind, String text, String by) {
    }
}
