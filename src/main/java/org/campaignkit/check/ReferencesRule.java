package org.campaignkit.check;

import java.util.List;
import org.campaignkit.kit.Finding;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.Message;
import org.campaignkit.kit.Severity;
import org.campaignkit.kit.Texts;

/** Every key kit.json names exists in the source language; cards and platforms named exist. */
final class ReferencesRule implements Rule {
    @Override
    public void check(PreflightContext context, List<Finding> findings) {
        Kit kit = context.kit();
        Texts source = kit.sourceTexts();
        String sourceFile = "texts/" + kit.sourceLanguage() + ".json";
        if (kit.textsOf(kit.sourceLanguage()).isPresent()) {
            for (String key : kit.referencedKeys()) {
                if (source.entry(key).isEmpty()) {
                    findings.add(new Finding(Severity.ERROR, "unknown-key", null, key, "kit.json",
                            "kit.json uses the key \"" + key + "\" but " + sourceFile + " has no such string."));
                }
            }
        }
        for (Message m : kit.messages()) {
            if (m.cardId() != null && kit.card(m.cardId()).isEmpty()) {
                findings.add(new Finding(Severity.ERROR, "unknown-card", null, m.id(), "kit.json",
                        "message \"" + m.id() + "\" attaches card \"" + m.cardId() + "\", which the kit does not have."));
            }
            for (String platform : m.platforms()) {
                if (context.platforms().platform(platform).isEmpty()) {
                    findings.add(new Finding(Severity.WARNING, "unknown-platform", null, m.id(), "kit.json",
                            "message \"" + m.id() + "\" targets \"" + platform
                                    + "\", a platform without rules; its length is not checked (add it to platforms.json)."));
                }
            }
            for (String platform : m.variantKeys().keySet()) {
                if (!m.platforms().contains(platform)) {
                    findings.add(new Finding(Severity.WARNING, "unused-variant", null, m.id(), "kit.json",
                            "message \"" + m.id() + "\" has a variant for \"" + platform + "\" but does not target it."));
                }
            }
        }
    }
}
