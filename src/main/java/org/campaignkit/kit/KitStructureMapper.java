package org.campaignkit.kit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.campaignkit.kit.json.KitJson;

/**
 * Turns the kit.json record into the domain model, checking what types alone cannot: required
 * fields, known names, ranges, unique ids and paths that stay inside the kit. Each problem is a
 * finding with a JSON pointer; a broken item is left out so the rest of the kit can still be checked.
 */
final class KitStructureMapper {
    static final String FILE = "kit.json";
    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,127}");

    /** Bounds that keep preflight and export work proportional to a real kit, whatever a stranger sends. */
    static final int MAX_LANGUAGES = 100;
    static final int MAX_VARIABLES = 500;
    static final int MAX_MESSAGES = 2_000;
    static final int MAX_CARDS = 500;
    static final int MAX_SIZES = 50;
    static final int MAX_DOCUMENTS = 200;
    static final int MAX_BLOCKS = 2_000;

    private final Problems problems;

    KitStructureMapper(List<Finding> sink) {
        this.problems = new Problems(FILE, sink);
    }

    /** Maps the structure; texts are filled in later by the reader. Returns null when unusable. */
    Kit map(KitJson json) {
        if (!withinBounds(json)) {
            return null;
        }
        if (json.id() == null || !ID.matcher(json.id()).matches()) {
            problems.invalid("/id", "every kit needs an \"id\" made of letters, digits, '-', '_' or '.'.");
            return null;
        }
        List<String> languages = languages(json);
        String source = json.sourceLanguage();
        if (source == null || !languages.contains(source)) {
            problems.invalid("/sourceLanguage", "\"sourceLanguage\" must be one of \"languages\" (it is "
                    + (source == null ? "missing" : "\"" + source + "\"") + ").");
            return null;
        }
        Brand brand = brand(json.brand());
        List<Variable> variables = variables(json.variables());
        Map<String, String> values = values(json.values());
        List<Message> messages = messages(json.messages());
        List<Card> cards = cards(json.cards(), brand);
        List<Document> documents = documents(json.documents());
        return new Kit(json.id(), Objects.requireNonNullElse(json.version(), ""), source, languages, brand,
                variables, values, messages, cards, documents, Map.of());
    }

    private boolean withinBounds(KitJson json) {
        boolean ok = bounded("/languages", json.languages(), MAX_LANGUAGES)
                & bounded("/variables", json.variables(), MAX_VARIABLES)
                & bounded("/messages", json.messages(), MAX_MESSAGES)
                & bounded("/cards", json.cards(), MAX_CARDS)
                & bounded("/documents", json.documents(), MAX_DOCUMENTS);
        for (int i = 0; json.cards() != null && i < json.cards().size(); i++) {
            KitJson.CardJson card = json.cards().get(i);
            ok &= card == null || bounded("/cards/" + i + "/sizes", card.sizes(), MAX_SIZES);
        }
        for (int i = 0; json.documents() != null && i < json.documents().size(); i++) {
            KitJson.DocumentJson doc = json.documents().get(i);
            ok &= doc == null || bounded("/documents/" + i + "/blocks", doc.blocks(), MAX_BLOCKS);
        }
        return ok;
    }

    private boolean bounded(String pointer, List<?> list, int max) {
        if (list != null && list.size() > max) {
            problems.invalid(pointer, "holds " + list.size() + " items; a kit may have at most " + max + ".");
            return false;
        }
        return true;
    }

    private List<String> languages(KitJson json) {
        List<String> out = new ArrayList<>();
        List<String> given = nonNull(json.languages());
        if (given.isEmpty()) {
            problems.invalid("/languages", "list at least one language, e.g. [\"en\"].");
        }
        for (int i = 0; i < given.size(); i++) {
            String tag = given.get(i);
            if (!isLanguageTag(tag)) {
                problems.invalid("/languages/" + i, "\"" + tag + "\" is not a BCP 47 language tag such as \"es\" or \"pt-BR\".");
            } else if (out.contains(tag)) {
                problems.add(Severity.ERROR, "duplicate-id", "/languages/" + i, "language \"" + tag + "\" is listed twice.");
            } else {
                out.add(tag);
            }
        }
        return out;
    }

    static boolean isLanguageTag(String tag) {
        if (tag == null || tag.isEmpty() || tag.length() > 35 || !tag.matches("[A-Za-z0-9-]+")) {
            return false;
        }
        try {
            new Locale.Builder().setLanguageTag(tag);
            return true;
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    private Brand brand(KitJson.BrandJson json) {
        if (json == null) {
            return Brand.empty();
        }
        Map<String, String> colors = new LinkedHashMap<>();
        nonNull(json.colors()).forEach((name, value) -> {
            if (value == null || !COLOR.matcher(value).matches()) {
                problems.invalid("/brand/colors/" + name, "a colour is written #RRGGBB, e.g. \"#4B1D78\".");
            } else {
                colors.put(name, value);
            }
        });
        Map<String, String> fonts = new LinkedHashMap<>();
        nonNull(json.fonts()).forEach((role, path) -> {
            String safe = insidePath("/brand/fonts/" + role, path);
            if (safe != null) {
                fonts.put(role, safe);
            }
        });
        String logo = json.logo() == null ? null : insidePath("/brand/logo", json.logo());
        return new Brand(colors, fonts, logo);
    }

    private String insidePath(String pointer, String path) {
        return KitPath.normalize(path).orElseGet(() -> {
            problems.add(Severity.ERROR, "path-outside-kit", pointer,
                    "\"" + path + "\" leads outside the kit; name a file inside the kit folder, e.g. \"images/logo.png\".");
            return null;
        });
    }

    private List<Variable> variables(List<KitJson.VariableJson> list) {
        List<Variable> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<KitJson.VariableJson> given = nonNull(list);
        for (int i = 0; i < given.size(); i++) {
            KitJson.VariableJson v = given.get(i);
            String at = "/variables/" + i;
            if (v == null || v.name() == null || !VARIABLE_NAME.matcher(v.name()).matches()) {
                problems.invalid(at + "/name", "a variable needs a \"name\" of letters, digits and '_', starting with a letter.");
                continue;
            }
            var type = VariableType.parse(v.type());
            if (type.isEmpty()) {
                problems.invalid(at + "/type", "unknown type \"" + v.type() + "\"; use text, date, email, phone or url.");
                continue;
            }
            if (!seen.add(v.name())) {
                problems.add(Severity.ERROR, "duplicate-id", at + "/name", "variable \"" + v.name() + "\" is declared twice.");
                continue;
            }
            out.add(new Variable(v.name(), v.label(), Boolean.TRUE.equals(v.required()), type.get()));
        }
        return out;
    }

    private Map<String, String> values(Map<String, JsonNode> given) {
        Map<String, String> out = new LinkedHashMap<>();
        nonNull(given).forEach((name, node) -> {
            if (node == null || node.isNull()) {
                return;
            }
            if (node.isContainerNode()) {
                problems.invalid("/values/" + name, "a value is a plain string.");
            } else {
                out.put(name, node.asText());
            }
        });
        return out;
    }

    private List<Message> messages(List<KitJson.MessageJson> list) {
        List<Message> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<KitJson.MessageJson> given = nonNull(list);
        for (int i = 0; i < given.size(); i++) {
            KitJson.MessageJson m = given.get(i);
            String at = "/messages/" + i;
            if (m == null || !validId(at, m.id()) || !unique(seen, at, "message", m.id())) {
                continue;
            }
            if (m.text() == null) {
                problems.invalid(at + "/text", "message \"" + m.id() + "\" needs a \"text\" key.");
                continue;
            }
            if (m.link() != null && !m.link().matches("https?://\\S+")) {
                problems.invalid(at + "/link", "a link starts with https:// (or http://) and has no spaces.");
                continue;
            }
            List<String> hashtags = nonNull(m.hashtags());
            for (int h = 0; h < hashtags.size(); h++) {
                if (hashtags.get(h) == null || !hashtags.get(h).matches("#\\S+")) {
                    problems.invalid(at + "/hashtags/" + h, "a hashtag starts with # and has no spaces.");
                }
            }
            hashtags = hashtags.stream().filter(t -> t != null && t.matches("#\\S+")).toList();
            out.add(new Message(m.id(), m.text(), nonNull(m.variants()), nonNull(m.platforms()).stream()
                    .filter(Objects::nonNull).toList(), m.link(), hashtags, m.card()));
        }
        return out;
    }

    private List<Card> cards(List<KitJson.CardJson> list, Brand brand) {
        List<Card> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<KitJson.CardJson> given = nonNull(list);
        for (int i = 0; i < given.size(); i++) {
            KitJson.CardJson c = given.get(i);
            String at = "/cards/" + i;
            if (c == null || !validId(at, c.id()) || !unique(seen, at, "card", c.id())) {
                continue;
            }
            String background = background(at, c.background(), brand);
            double[] focus = focus(at, c.focus());
            var layout = c.layout() == null ? java.util.Optional.of(CardLayout.BOTTOM_BAND) : CardLayout.parse(c.layout());
            if (layout.isEmpty()) {
                problems.invalid(at + "/layout", "unknown layout \"" + c.layout() + "\"; use bottom-band, center or top.");
            }
            if (background == null || focus == null || layout.isEmpty()) {
                continue;
            }
            out.add(new Card(c.id(), background, focus[0], focus[1], layout.get(), c.headline(), c.subline(), c.alt(),
                    sizes(at, c.sizes())));
        }
        return out;
    }

    private String background(String at, String background, Brand brand) {
        if (background == null) {
            problems.invalid(at + "/background", "a card needs a \"background\": an image path or a brand colour name.");
            return null;
        }
        if (brand.colors().containsKey(background)) {
            return background;
        }
        if (!background.contains("/") && !background.contains(".")) {
            problems.invalid(at + "/background", "\"" + background + "\" is neither a brand colour ("
                    + String.join(", ", brand.colors().keySet()) + ") nor an image path.");
            return null;
        }
        return insidePath(at + "/background", background);
    }

    private double[] focus(String at, List<Double> focus) {
        if (focus == null) {
            return new double[] {0.5, 0.5};
        }
        if (focus.size() != 2 || focus.contains(null) || focus.stream().anyMatch(f -> f < 0 || f > 1 || f.isNaN())) {
            problems.invalid(at + "/focus", "focus is two numbers from 0 to 1, e.g. [0.5, 0.35].");
            return null;
        }
        return new double[] {focus.get(0), focus.get(1)};
    }

    private List<CardSize> sizes(String at, List<JsonNode> sizes) {
        List<CardSize> out = new ArrayList<>();
        List<JsonNode> given = nonNull(sizes);
        if (given.isEmpty()) {
            return List.of(CardSize.preset("instagram-square").orElseThrow());
        }
        for (int i = 0; i < given.size(); i++) {
            JsonNode node = given.get(i);
            String here = at + "/sizes/" + i;
            if (node != null && node.isTextual()) {
                CardSize.preset(node.asText()).ifPresentOrElse(out::add, () -> problems.invalid(here,
                        "unknown size \"" + node.asText() + "\"; use a preset name (see kits/README.md) or {\"width\", \"height\", \"name\"}."));
            } else if (node != null && node.isObject() && node.path("width").canConvertToExactIntegral()
                    && node.path("height").canConvertToExactIntegral()) {
                int w = node.path("width").asInt();
                int h = node.path("height").asInt();
                if (w < 16 || h < 16 || w > CardSize.MAX_SIDE || h > CardSize.MAX_SIDE) {
                    problems.invalid(here, "width and height must be between 16 and " + CardSize.MAX_SIDE + " pixels.");
                    continue;
                }
                String name = node.path("name").isTextual() ? node.path("name").asText() : w + "x" + h;
                if (!ID.matcher(name).matches()) {
                    problems.invalid(here + "/name", "a size name is made of letters, digits, '-', '_' or '.'.");
                    continue;
                }
                out.add(CardSize.custom(name, w, h));
            } else {
                problems.invalid(here, "a size is a preset name or {\"width\": 1200, \"height\": 800, \"name\": \"banner\"}.");
            }
        }
        return out;
    }

    private List<Document> documents(List<KitJson.DocumentJson> list) {
        List<Document> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<KitJson.DocumentJson> given = nonNull(list);
        for (int i = 0; i < given.size(); i++) {
            KitJson.DocumentJson d = given.get(i);
            String at = "/documents/" + i;
            if (d == null || !validId(at, d.id()) || !unique(seen, at, "document", d.id())) {
                continue;
            }
            var type = DocumentType.parse(d.type());
            if (type.isEmpty()) {
                problems.invalid(at + "/type", "unknown document type \"" + d.type() + "\"; use press-release, letter or document.");
                continue;
            }
            List<Block> blocks = new ArrayList<>();
            List<KitJson.BlockJson> given2 = nonNull(d.blocks());
            for (int b = 0; b < given2.size(); b++) {
                KitJson.BlockJson block = given2.get(b);
                var kind = block == null ? java.util.Optional.<BlockKind>empty() : BlockKind.parse(block.kind());
                if (kind.isEmpty()) {
                    problems.invalid(at + "/blocks/" + b + "/kind", "use headline, subheadline, dateline, heading, paragraph, quote, list or contact.");
                } else if (block.text() == null) {
                    problems.invalid(at + "/blocks/" + b + "/text", "a block needs a \"text\" key.");
                } else {
                    blocks.add(new Block(kind.get(), block.text(), block.by()));
                }
            }
            out.add(new Document(d.id(), type.get(), d.title(), d.subject(), d.salutation(), d.closing(), blocks));
        }
        return out;
    }

    private boolean validId(String at, String id) {
        if (id == null || !ID.matcher(id).matches()) {
            problems.invalid(at + "/id", "needs an \"id\" of letters, digits, '-', '_' or '.'.");
            return false;
        }
        return true;
    }

    private boolean unique(Set<String> seen, String at, String what, String id) {
        if (!seen.add(id)) {
            problems.add(Severity.ERROR, "duplicate-id", at + "/id", "the " + what + " id \"" + id + "\" is used twice.");
            return false;
        }
        return true;
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <K, V> Map<K, V> nonNull(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }
}
