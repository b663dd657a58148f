package org.campaignkit.kit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campaignkit.kit.json.JsonCodec;
import org.campaignkit.kit.source.KitFiles;

/**
 * Reads the optional {@code glossary.json} at the kit's root. The glossary only helps checks and
 * translators, so a broken one never stops the kit: the whole file or a broken term is dropped
 * with an {@code invalid-glossary} warning naming the JSON pointer, and the rest stays usable.
 */
public final class GlossaryReader {
    public static final String GLOSSARY_FILE = "glossary.json";
    /** Far more than any campaign needs; keeps the term check fast on a hostile file. */
    public static final int MAX_TERMS = 5_000;
    /** A term is a name or a short phrase, not a paragraph. */
    public static final int MAX_TERM_CHARS = 200;
    /** Accepted forms of one term in one language (inflections, a short form). */
    public static final int MAX_FORMS = 20;
    static final String CODE = "invalid-glossary";

    private final JsonCodec codec;

    public GlossaryReader() {
        this(new JsonCodec());
    }

    GlossaryReader(JsonCodec codec) {
        this.codec = codec;
    }

    /**
     * Reads the glossary of a kit whose structure is known; {@link Glossary#EMPTY} when the kit has
     * none or it cannot be used. The parsed tree goes into {@code trees} so that formatting the kit
     * formats it too (saving never rewrites it).
     */
    public Glossary read(KitFiles files, String sourceLanguage, List<String> languages, List<Finding> findings,
            Map<String, JsonNode> trees) {
        if (!files.exists(GLOSSARY_FILE)) {
            return Glossary.EMPTY;
        }
        JsonNode root;
        try {
            root = codec.parse(GLOSSARY_FILE, files.read(GLOSSARY_FILE, JsonCodec.MAX_FILE_BYTES));
        } catch (KitFormatException e) {
            Finding f = e.finding();
            findings.add(new Finding(Severity.WARNING, CODE, null, null, GLOSSARY_FILE,
                    f.message() + " The glossary is ignored until this is fixed."));
            return Glossary.EMPTY;
        }
        trees.put(GLOSSARY_FILE, root);
        return read(root, sourceLanguage, languages, new Problems(GLOSSARY_FILE, findings));
    }

    private static Glossary read(JsonNode root, String sourceLanguage, List<String> languages, Problems problems) {
        JsonNode terms = root.isObject() ? root.get("terms") : null;
        if (terms == null || !terms.isArray()) {
            warn(problems, root.isObject() ? "/terms" : "/",
                    "a glossary is a JSON object with a list \"terms\": [ ... ]; the glossary is ignored.");
            return Glossary.EMPTY;
        }
        if (terms.size() > MAX_TERMS) {
            warn(problems, "/terms", "a glossary holds at most " + MAX_TERMS + " terms; it has " + terms.size()
                    + ", so it is ignored.");
            return Glossary.EMPTY;
        }
        List<Glossary.Term> read = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> unknownLanguages = new HashSet<>();
        for (int i = 0; i < terms.size(); i++) {
            String at = "/terms/" + i;
            Glossary.Term term = term(terms.get(i), at, sourceLanguage, languages, unknownLanguages, problems);
            if (term == null) {
                continue;
            }
            if (!ids.add(term.id())) {
                warn(problems, at + "/id", "another term already has the id \"" + term.id() + "\"; this one is ignored.");
                continue;
            }
            read.add(term);
        }
        return new Glossary(read);
    }

    private static Glossary.Term term(JsonNode node, String at, String sourceLanguage, List<String> languages,
            Set<String> unknownLanguages, Problems problems) {
        if (!node.isObject()) {
            warn(problems, at, "a term is an object with \"id\" and \"term\"; it is ignored.");
            return null;
        }
        JsonNode id = node.get("id");
        if (id == null || !id.isTextual() || id.asText().isBlank() || id.asText().length() > MAX_TERM_CHARS) {
            warn(problems, at + "/id", "a term needs an \"id\" string (at most " + MAX_TERM_CHARS
                    + " characters); the term is ignored.");
            return null;
        }
        JsonNode dnt = node.get("doNotTranslate");
        if (dnt != null && !dnt.isBoolean()) {
            warn(problems, at + "/doNotTranslate", "must be true or false; the term is ignored.");
            return null;
        }
        JsonNode note = node.get("note");
        if (note != null && !note.isNull() && !note.isTextual()) {
            warn(problems, at + "/note", "must be a string; the term is ignored.");
            return null;
        }
        JsonNode forms = node.get("term");
        if (forms == null || !forms.isObject()) {
            warn(problems, at + "/term", "\"term\" must be an object of language → term, such as "
                    + "{ \"" + sourceLanguage + "\": \"United Nations\" }; the term is ignored.");
            return null;
        }
        Map<String, String> preferred = new LinkedHashMap<>();
        Map<String, List<String>> others = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = forms.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String language = field.getKey();
            String where = at + "/term/" + language.replace("~", "~0").replace("/", "~1");
            List<String> list = forms(field.getValue(), where, problems);
            if (list == null) {
                return null;
            }
            if (!languages.contains(language)) {
                if (unknownLanguages.add(language)) {
                    problems.add(Severity.WARNING, "undeclared-language", where, "\"" + language
                            + "\" is not one of the kit's languages, so its glossary terms are not used.");
                }
                continue;
            }
            preferred.put(language, list.get(0));
            if (list.size() > 1) {
                others.put(language, list.subList(1, list.size()));
            }
        }
        if (!preferred.containsKey(sourceLanguage)) {
            warn(problems, at + "/term", "the term needs its source-language (\"" + sourceLanguage
                    + "\") form; it is ignored.");
            return null;
        }
        return new Glossary.Term(id.asText(), preferred, dnt != null && dnt.asBoolean(),
                note == null || note.isNull() ? null : note.asText(), others);
    }

    /** A language's forms: one string, or a list whose first entry is the preferred form. */
    private static List<String> forms(JsonNode node, String at, Problems problems) {
        List<JsonNode> items = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(items::add);
        } else {
            items.add(node);
        }
        if (items.isEmpty() || items.size() > MAX_FORMS) {
            warn(problems, at, "give 1 to " + MAX_FORMS + " forms of the term; the term is ignored.");
            return null;
        }
        List<String> forms = new ArrayList<>();
        for (JsonNode item : items) {
            if (!item.isTextual() || item.asText().isBlank() || item.asText().length() > MAX_TERM_CHARS) {
                warn(problems, at, "a form of a term is a non-empty string of at most " + MAX_TERM_CHARS
                        + " characters; the term is ignored.");
                return null;
            }
            forms.add(item.asText().strip());
        }
        return forms;
    }

    private static void warn(Problems problems, String pointer, String message) {
        problems.add(Severity.WARNING, CODE, pointer, message);
    }
}
