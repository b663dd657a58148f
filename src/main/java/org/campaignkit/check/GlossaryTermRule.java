package org.campaignkit.check;

import java.util.ArrayList;
import java.util.List;
import org.campaignkit.kit.Entry;
import org.campaignkit.kit.Finding;
import org.campaignkit.kit.Glossary;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.KitReader;
import org.campaignkit.kit.Severity;
import org.campaignkit.kit.Texts;
import org.campaignkit.text.TermMatcher;

/**
 * {@code glossary-term}: a translation whose source text uses a glossary term should use the
 * glossary's term for its language (or, for a do-not-translate term, keep the term itself).
 */
final class GlossaryTermRule implements Rule {
    @Override
    public void check(PreflightContext context, List<Finding> findings) {
        Kit kit = context.kit();
        Glossary glossary = kit.glossary();
        if (glossary.isEmpty()) {
            return;
        }
        String sourceLanguage = kit.sourceLanguage();
        Texts source = kit.sourceTexts();
        List<Hit> searched = new ArrayList<>(); // each source form, folded once
        for (Glossary.Term term : glossary.terms()) {
            term.formsIn(sourceLanguage, sourceLanguage).forEach(f -> searched.add(new Hit(term, f, TermMatcher.fold(f))));
        }
        for (String key : kit.referencedKeys()) {
            String sourceText = source.text(key).orElse(null);
            if (sourceText == null) {
                continue;
            }
            List<Hit> hits = hits(searched, TermMatcher.searchable(sourceText));
            if (hits.isEmpty()) {
                continue;
            }
            for (String language : context.targetLanguages()) {
                Entry entry = kit.textsOf(language).flatMap(t -> t.entry(key)).orElse(null);
                if (entry == null || entry.isUntranslatedCopy(sourceText)) {
                    continue; // missing-translation already says so
                }
                String target = TermMatcher.searchable(entry.text());
                for (Hit hit : hits) {
                    List<String> expected = hit.term().formsIn(language, sourceLanguage);
                    if (!expected.isEmpty() && expected.stream().noneMatch(f -> TermMatcher.contains(target, TermMatcher.fold(f)))) {
                        findings.add(finding(language, key, hit, expected.get(0)));
                    }
                }
            }
        }
    }

    /** A term in one of its source forms (as written and folded for searching). */
    private record Hit(Glossary.Term term, String sourceForm, String folded) {
    }

    /** The terms a source text uses, each once, with the first of its forms found. */
    private static List<Hit> hits(List<Hit> searched, String searchableSource) {
        List<Hit> hits = new ArrayList<>();
        for (Hit candidate : searched) {
            boolean termAlreadyFound = !hits.isEmpty() && hits.get(hits.size() - 1).term() == candidate.term();
            if (!termAlreadyFound && TermMatcher.contains(searchableSource, candidate.folded())) {
                hits.add(candidate);
            }
        }
        return hits;
    }

    private static Finding finding(String language, String key, Hit hit, String expected) {
        String message = hit.term().doNotTranslate()
                ? "\"" + key + "\" uses \"" + hit.sourceForm() + "\", which stays as it is in every language; the "
                        + language + " text should keep \"" + expected + "\" (glossary term \"" + hit.term().id() + "\")."
                : "\"" + key + "\" uses the glossary term \"" + hit.sourceForm() + "\"; the " + language
                        + " text should say \"" + expected + "\" (glossary term \"" + hit.term().id() + "\").";
        return new Finding(Severity.WARNING, "glossary-term", language, key, KitReader.textsPath(language), message);
    }
}
