package org.campaignkit.check;

import java.util.List;
import org.campaignkit.kit.Entry;
import org.campaignkit.kit.Finding;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.KitReader;
import org.campaignkit.kit.Severity;
import org.campaignkit.kit.Status;
import org.campaignkit.kit.Texts;

/** Missing, stale and draft translations, per target language. */
final class TranslationRule implements Rule {
    @Override
    public void check(PreflightContext context, List<Finding> findings) {
        Kit kit = context.kit();
        Texts source = kit.sourceTexts();
        for (String language : context.targetLanguages()) {
            Texts texts = kit.textsOf(language).orElse(null);
            if (texts == null) {
                continue; // missing-language-file already says so
            }
            String file = KitReader.textsPath(language);
            for (String key : kit.referencedKeys()) {
                String sourceText = source.text(key).orElse(null);
                Entry entry = texts.entry(key).orElse(null);
                if (entry != null && entry.isUntranslatedCopy(sourceText)) {
                    findings.add(new Finding(Severity.WARNING, "missing-translation", language, key, file,
                            "\"" + key + "\" is not translated into " + language
                                    + " yet: it is still the source text copied in when the language was added."));
                } else if (entry == null) {
                    if (sourceText != null) {
                        findings.add(new Finding(Severity.WARNING, "missing-translation", language, key, file,
                                "\"" + key + "\" is not translated into " + language + "."));
                    }
                } else if (entry.isStaleAgainst(sourceText)) {
                    findings.add(new Finding(Severity.WARNING, "stale-translation", language, key, file,
                            "\"" + key + "\" was translated from an older source text; review it against the new one."));
                } else if (entry.effectiveStatus() == Status.DRAFT) {
                    findings.add(new Finding(Severity.INFO, "draft-translation", language, key, file,
                            "\"" + key + "\" is still a draft."));
                }
            }
        }
    }
}
