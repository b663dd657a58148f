package org.campaignkit.kit;

import java.util.ArrayList;
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

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** The term with this id, if the glossary has it. */
    public Optional<Term> term(String id) {
        return terms.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /**
     * One term: its id, the term in each language that has one (always in the source language),
     * whether it must stay untranslated, and a note for translators (may be null).
     *
     * @param otherForms further accepted forms per language besides the preferred one in
     *     {@code byLanguage}: inflections ("прав человека"), plurals, a short form ("ONU")
     */
    public record Term(String id, Map<String, String> byLanguage, boolean doNotTranslate, String note,
            Map<String, List<String>> otherForms) {
        public Term {
            byLanguage = Map.copyOf(byLanguage);
            Map<String, List<String>> copy = new java.util.HashMap<>();
            otherForms.forEach((language, forms) -> copy.put(language, List.copyOf(forms)));
            otherForms = Map.copyOf(copy);
        }

        /** A term with one form per language. */
        public Term(String id, Map<String, String> byLanguage, boolean doNotTranslate, String note) {
            this(id, byLanguage, doNotTranslate, note, Map.of());
        }

        /** How {@code language} says the term: itself when it is not translated, else the language's entry. */
        public Optional<String> in(String language, String sourceLanguage) {
            if (doNotTranslate) {
                return Optional.ofNullable(byLanguage.get(sourceLanguage));
            }
            return Optional.ofNullable(byLanguage.get(language));
        }

        /**
         * Every form {@code language} may use for the term, the preferred one first; empty when
         * the glossary does not say how that language says it.
         */
        public List<String> formsIn(String language, String sourceLanguage) {
            String lang = doNotTranslate ? sourceLanguage : language;
            List<String> forms = new ArrayList<>();
            in(language, sourceLanguage).ifPresent(forms::add);
            if (!forms.isEmpty()) {
                forms.addAll(otherForms.getOrDefault(lang, List.of()));
            }
            return List.copyOf(forms);
        }
    }
}
