package org.campaignkit.kit;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campaignkit.kit.json.JsonCodec;
import org.campaignkit.kit.json.KitJson;
import org.campaignkit.kit.source.KitFiles;
import org.campaignkit.kit.source.ZipLimits;

/**
 * Opens a kit folder or zip and reads kit.json, every texts file and the glossary. Never throws for a bad kit:
 * everything wrong becomes a finding naming the file and the line, column or JSON pointer.
 */
public final class KitReader {
    public static final String FORMAT = "campaign-kit/1";
    public static final String KIT_FILE = "kit.json";

    private final JsonCodec codec = new JsonCodec();
    private final ZipLimits zipLimits;

    public KitReader() {
        this(ZipLimits.DEFAULT);
    }

    public KitReader(ZipLimits zipLimits) {
        this.zipLimits = zipLimits;
    }

    public static String textsPath(String language) {
        return "texts/" + language + ".json";
    }

    /** Reads the kit at a path; the returned load holds the kit or the findings that explain why not. */
    public KitLoad read(Path location) {
        List<Finding> findings = Problems.list();
        try (KitFiles files = KitFiles.open(location, zipLimits)) {
            findings.addAll(files.openingFindings());
            Map<String, JsonNode> trees = new LinkedHashMap<>();
            Kit kit = read(files, findings, trees);
            return new KitLoad(location, kit, findings, trees);
        } catch (KitFormatException e) {
            findings.add(e.finding());
            return new KitLoad(location, null, findings, Map.of());
        }
    }

    /** Reads from files that are already open (the caller closes them). */
    public Kit read(KitFiles files, List<Finding> findings, Map<String, JsonNode> trees) {
        try {
            JsonNode root = codec.parse(KIT_FILE, files.read(KIT_FILE, JsonCodec.MAX_FILE_BYTES));
            if (!checkFormat(root, findings)) {
                return null;
            }
            trees.put(KIT_FILE, root);
            KitJson json = codec.bind(KIT_FILE, root, KitJson.class);
            Kit structure = new KitStructureMapper(findings).map(json);
            if (structure == null) {
                return null;
            }
            Kit kit = withTexts(structure, files, findings, trees);
            return kit.withGlossary(new GlossaryReader(codec).read(files, kit.sourceLanguage(), kit.languages(),
                    findings, trees));
        } catch (KitFormatException e) {
            Finding f = e.finding();
            if (f.code().equals("missing-file") && KIT_FILE.equals(f.file())) {
                f = Finding.error("missing-file", KIT_FILE, "This is not a kit: it has no kit.json (looked in "
                        + files.displayName() + ").");
            }
            findings.add(f);
            return null;
        }
    }

    private static boolean checkFormat(JsonNode root, List<Finding> findings) {
        if (!root.isObject()) {
            findings.add(Finding.error("invalid-kit", KIT_FILE, "kit.json must hold a JSON object { ... }."));
            return false;
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual()) {
            findings.add(Finding.error("invalid-kit", KIT_FILE,
                    "at /format: kit.json must say \"format\": \"" + FORMAT + "\"."));
            return false;
        }
        if (!FORMAT.equals(format.asText())) {
            findings.add(Finding.error("unsupported-format", KIT_FILE, "This kit is in format \"" + format.asText()
                    + "\"; this version of the composer reads \"" + FORMAT + "\"."
                    + (format.asText().startsWith("campaign-kit/") ? " A newer composer may open it." : "")));
            return false;
        }
        return true;
    }

    private Kit withTexts(Kit kit, KitFiles files, List<Finding> findings, Map<String, JsonNode> trees) {
        Map<String, Texts> texts = new LinkedHashMap<>();
        for (String language : kit.languages()) {
            String path = textsPath(language);
            if (!files.exists(path)) {
                findings.add(new Finding(Severity.ERROR, "missing-language-file", language, null, path,
                        "\"" + language + "\" is listed in kit.json languages but " + path + " is missing."));
                continue;
            }
            try {
                JsonNode root = codec.parse(path, files.read(path, JsonCodec.MAX_FILE_BYTES));
                trees.put(path, root);
                List<Finding> local = Problems.list();
                texts.put(language, TextsReader.read(path, language, root, local));
                local.forEach(f -> findings.add(f.inLanguage(language)));
            } catch (KitFormatException e) {
                findings.add(e.finding().inLanguage(language));
            }
        }
        for (String path : files.list("texts")) {
            String name = path.substring("texts/".length());
            if (name.endsWith(".json") && !kit.languages().contains(name.substring(0, name.length() - 5))) {
                findings.add(Finding.warning("undeclared-language", path,
                        "This texts file is not listed in kit.json \"languages\", so it is ignored."));
            }
        }
        Kit withAll = kit;
        for (Texts t : texts.values()) {
            withAll = withAll.withTexts(t);
        }
        return withAll;
    }
}
