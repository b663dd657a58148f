package org.campaignkit.check;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.campaignkit.kit.Entry;
import org.campaignkit.kit.Finding;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.KitReader;
import org.campaignkit.kit.Severity;
import org.campaignkit.kit.Texts;
import org.campaignkit.text.Placeholders;

/** Placeholders must be declared variables, and a translation must keep its source's placeholders. */
final class PlaceholderRule implements Rule {
    @Override
    public void check(PreflightContext context, List<Finding> findings) {
        Kit kit = context.kit();
        Texts source = kit.sourceTexts();
        for (String language : context.languages()) {
            Texts texts = kit.textsOf(language).orElse(null);
            if (texts == null) {
                continue;
            }
            String file = KitReader.textsPath(language);
            for (String key : kit.referencedKeys()) {
                Entry entry = texts.entry(key).orElse(null);
                if (entry == null) {
                    continue;
                }
                Set<String> used = new TreeSet<>(Placeholders.names(entry.text()));
                for (String name : used) {
                    if (kit.variable(name).isEmpty()) {
                        findings.add(new Finding(Severity.ERROR, "unknown-placeholder", language, key, file,
                                "\"" + key + "\" uses {{" + name + "}}, which kit.json does not declare as a variable."));
                    }
                }
                if (!language.equals(kit.sourceLanguage())) {
                    source.text(key).ifPresent(src -> {
                        Set<String> expected = new TreeSet<>(Placeholders.names(src));
                        if (!expected.equals(used)) {
                            findings.add(new Finding(Severity.WARNING, "placeholder-mismatch", language, key, file,
                                    "\"" + key + "\" has placeholders " + used + " but the source has " + expected + "."));
                        }
                    });
                }
            }
        }
    }
}
