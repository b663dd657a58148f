package org.campaignkit.kit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Every string of a kit in one language, in the order of its file. Immutable: edits return a copy. */
public record Texts(String language, Map<String, Entry> entries) {

    public Texts {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public Optional<Entry> entry(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    public Optional<String> text(String key) {
        return entry(key).map(Entry::text);
    }

    public Texts with(String key, Entry entry) {
        Map<String, Entry> copy = new LinkedHashMap<>(entries);
        copy.put(key, entry);
        return new Texts(language, copy);
    }
}
