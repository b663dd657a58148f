package org.campaignkit.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.campaignkit.kit.Finding;
import org.campaignkit.kit.KitLoad;
import org.campaignkit.kit.source.KitFiles;
import org.campaignkit.text.PlatformRules;

/** Runs every rule over a kit and returns the findings in reading order. */
public final class Preflight {
    private final List<Rule> rules;

    public Preflight() {
        this(List.of(new ReferencesRule(), new TranslationRule(), new PlaceholderRule(), new PlatformLimitRule(),
                new ValuesRule(), new FilesRule(), new GlyphCoverageRule(), new GlossaryTermRule()));
    }

    public Preflight(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<Finding> run(PreflightContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            rule.check(context, findings);
        }
        findings.sort(Finding.READING_ORDER);
        return findings;
    }

    /**
     * Reading findings plus, when the kit could be read, every rule's. Only the asked languages'
     * findings are kept; kit-wide ones always are.
     */
    public List<Finding> check(KitLoad load, KitFiles files, PlatformRules platforms, Map<String, String> values,
            Collection<String> languages) {
        List<Finding> all = new ArrayList<>();
        for (Finding f : load.findings()) {
            if (f.language() == null || languages.contains(f.language())) {
                all.add(f);
            }
        }
        load.kitIfRead().ifPresent(kit -> {
            List<String> checked = kit.languages().stream().filter(languages::contains).toList();
            all.addAll(run(new PreflightContext(kit, files, platforms, values, checked)));
        });
        all.sort(Finding.READING_ORDER);
        return all;
    }
}
