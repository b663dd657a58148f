package org.campaignkit.kit;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A kit's glossary ({@code glossary.json}, optional): terms and how each language says them.
 * A do-not-translate term (a name, a hashtag) stays as it is in every language.
 */
public record Glossary(List<Term> terms) {
    public static final Glossary EMPTY = new Glossary(List.of());

    public Glossary {
        terms = List.copyOf(terms);
    }

    /**
     * One term: its id, the term in each language that has one (always in the source language),
     * whether it must stay untranslated, and a note for translators (may be null).
     */
    public record Term(String id, Map<String, String> byLanguage, boolean doNotTranslate, String note) {
        public Term {
            byLanguage = Map.copyOf(byLanguage);
        }

        /** How {@code language} says the term: itself when it is not translated, else the language's entry. */
        public Optional<String> in(String language, String sourceLanguage) {
            if (doNotTranslate) {
                return Optional.ofNullable(byLanguage.get(sourceLanguage));
            }
            return Optional.ofNullable(byLanguage.get(language));
        }
    }
}
