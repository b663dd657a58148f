package org.campaignkit.kit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A campaign kit as the rest of the program sees it: structure from kit.json, the texts of every
 * language and the glossary. Immutable; every edit returns a new kit, which makes undo a list of kits.
 * The glossary rides along with the kit (rather than beside it in {@link KitLoad}) so that every edit,
 * the composer's live checks and an export see the same one; the composer never edits it.
 */
public record Kit(String id, String version, String sourceLanguage, List<String> languages, Brand brand,
        List<Variable> variables, Map<String, String> values, List<Message> messages, List<Card> cards,
        List<Document> documents, Map<String, Texts> texts, Glossary glossary) {

    public Kit {
        languages = List.copyOf(languages);
        variables = List.copyOf(variables);
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        messages = List.copyOf(messages);
        cards = List.copyOf(cards);
        documents = List.copyOf(documents);
        texts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(texts));
        glossary = glossary == null ? Glossary.EMPTY : glossary;
    }

    /** A kit without a glossary. */
    public Kit(String id, String version, String sourceLanguage, List<String> languages, Brand brand,
            List<Variable> variables, Map<String, String> values, List<Message> messages, List<Card> cards,
            List<Document> documents, Map<String, Texts> texts) {
        this(id, version, sourceLanguage, languages, brand, variables, values, messages, cards, documents, texts,
                Glossary.EMPTY);
    }

    public Kit withGlossary(Glossary newGlossary) {
        return new Kit(id, version, sourceLanguage, languages, brand, variables, values, messages, cards, documents,
                texts, newGlossary);
    }

    public Optional<Texts> textsOf(String language) {
        return Optional.ofNullable(texts.get(language));
    }

    public Texts sourceTexts() {
        return texts.getOrDefault(sourceLanguage, new Texts(sourceLanguage, Map.of()));
    }

    public Optional<Variable> variable(String name) {
        return variables.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    public Optional<Card> card(String id) {
        return cards.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<Message> message(String id) {
        return messages.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public Optional<Document> document(String id) {
        return documents.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** Every string key kit.json refers to, each once, in the order a translator meets them. */
    public Set<String> referencedKeys() {
        Set<String> keys = new LinkedHashSet<>();
        variables.forEach(v -> addIfSet(keys, v.labelKey()));
        for (Message m : messages) {
            addIfSet(keys, m.textKey());
            m.variantKeys().values().forEach(k -> addIfSet(keys, k));
        }
        for (Card c : cards) {
            addIfSet(keys, c.headlineKey());
            addIfSet(keys, c.sublineKey());
            addIfSet(keys, c.altKey());
        }
        documents.forEach(d -> keys.addAll(d.keys()));
        return keys;
    }

    private static void addIfSet(Set<String> keys, String key) {
        if (key != null) {
            keys.add(key);
        }
    }

    public Kit withTexts(Texts newTexts) {
        Map<String, Texts> copy = new LinkedHashMap<>(texts);
        copy.put(newTexts.language(), newTexts);
        List<String> langs = new ArrayList<>(languages);
        if (!langs.contains(newTexts.language())) {
            langs.add(newTexts.language());
        }
        return new Kit(id, version, sourceLanguage, langs, brand, variables, values, messages, cards, documents, copy, glossary);
    }

    public Kit withEntry(String language, String key, Entry entry) {
        Texts current = texts.getOrDefault(language, new Texts(language, Map.of()));
        return withTexts(current.with(key, entry));
    }

    public Kit withValue(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        if (value == null || value.isEmpty()) {
            copy.remove(name);
        } else {
            copy.put(name, value);
        }
        return new Kit(id, version, sourceLanguage, languages, brand, variables, copy, messages, cards, documents, texts, glossary);
    }

    public Kit withCard(Card card) {
        List<Card> copy = new ArrayList<>(cards);
        copy.replaceAll(c -> c.id().equals(card.id()) ? card : c);
        return new Kit(id, version, sourceLanguage, languages, brand, variables, values, messages, copy, documents, texts, glossary);
    }

    /**
     * The kit with a new language whose texts file holds every source string as a draft copy, so
     * a translator overwrites text in place; untranslated copies count as missing until edited.
     *
     * @throws IllegalArgumentException naming the problem when the tag is not a language tag, is
     *     already in the kit, or the kit has as many languages as a kit may have
     */
    public Kit withNewLanguage(String tag) {
        String trimmed = tag == null ? "" : tag.strip();
        if (!KitStructureMapper.isLanguageTag(trimmed)) {
            throw new IllegalArgumentException("\"" + trimmed + "\" is not a language tag such as \"sw\" or \"pt-BR\".");
        }
        if (languages.stream().anyMatch(l -> l.equalsIgnoreCase(trimmed))) {
            throw new IllegalArgumentException("The kit already has \"" + trimmed + "\".");
        }
        if (languages.size() >= KitStructureMapper.MAX_LANGUAGES) {
            throw new IllegalArgumentException("A kit holds at most " + KitStructureMapper.MAX_LANGUAGES + " languages.");
        }
        Map<String, Entry> drafts = new LinkedHashMap<>();
        sourceTexts().entries().forEach((key, entry) -> drafts.put(key, Entry.draftCopyOf(entry.text())));
        return withTexts(new Texts(trimmed, drafts));
    }

    /** The kit with a document replaced by the one of the same id (its blocks edited). */
    public Kit withDocument(Document document) {
        List<Document> copy = new ArrayList<>(documents);
        copy.replaceAll(d -> d.id().equals(document.id()) ? document : d);
        return new Kit(id, version, sourceLanguage, languages, brand, variables, values, messages, cards, copy, texts, glossary);
    }
}
