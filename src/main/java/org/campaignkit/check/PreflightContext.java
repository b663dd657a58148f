package org.campaignkit.check;

import java.util.List;
import java.util.Map;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.source.KitFiles;
import org.campaignkit.text.PlatformRules;

/**
 * What a rule looks at: the kit, its files (for images and fonts), the platform rules, the values
 * the person supplied, and which languages to check.
 */
public record PreflightContext(Kit kit, KitFiles files, PlatformRules platforms, Map<String, String> values,
        List<String> languages) {

    public PreflightContext {
        values = Map.copyOf(values);
        languages = List.copyOf(languages);
    }

    /** The kit's values overlaid by the person's. */
    public Map<String, String> effectiveValues() {
        Map<String, String> all = new java.util.LinkedHashMap<>(kit.values());
        all.putAll(values);
        return all;
    }

    /** The checked languages other than the source. */
    public List<String> targetLanguages() {
        return languages.stream().filter(l -> !l.equals(kit.sourceLanguage())).toList();
    }
}
