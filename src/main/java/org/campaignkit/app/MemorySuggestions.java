package org.campaignkit.app;

import java.nio.file.Path;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.campaignkit.kit.Kit;
import org.campaignkit.memory.Suggestion;
import org.campaignkit.memory.TranslationMemory;

/**
 * The translation memory in the composer: it learns every kit the person opens and saves, and
 * suggests earlier translations for the string being edited. The memory stays on this computer
 * (~/.local/share/campaign-kit/memory); all of its work runs in the background.
 */
final class MemorySuggestions {
    static final int SHOWN = 5;

    private final TaskRunner tasks;
    private final Path folder;
    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
    private final StringProperty forKey = new SimpleStringProperty();
    private TranslationMemory memory;
    private int generation;

    MemorySuggestions(TaskRunner tasks, Path folder) {
        this.tasks = tasks;
        this.folder = folder;
    }

    /** ~/.local/share/campaign-kit/memory (or under XDG_DATA_HOME). */
    static Path defaultFolder() {
        return UserFolders.data().resolve("memory");
    }

    /** Learns a kit's finished translations, keeps them, and readies lookups for the languages shown. */
    void learn(Kit kit, String targetLanguage) {
        tasks.run("learn translations", () -> {
            TranslationMemory open = memory();
            if (open.learn(kit) > 0) {
                open.flush();
            }
            open.prepare(kit.sourceLanguage(), targetLanguage);
            return true;
        }, done -> { }, error -> { }); // a memory that cannot learn only suggests less
    }

    /**
     * Looks up suggestions for a string of {@code kit} into {@code language}; the string's own
     * current text is not suggested back. A newer request wins.
     */
    void suggestFor(Kit kit, String key, String language) {
        int asked = ++generation;
        String source = kit.sourceTexts().text(key).orElse(null);
        String current = kit.textsOf(language).flatMap(t -> t.text(key)).orElse(null);
        if (source == null || language.equals(kit.sourceLanguage())) {
            forKey.set(null);
            suggestions.clear();
            return;
        }
        tasks.run("memory lookup", () -> memory().suggestions(kit.sourceLanguage(), source, language, SHOWN + 1).stream()
                .filter(s -> !s.text().equals(current)).limit(SHOWN).toList(), found -> {
                    if (asked == generation) {
                        forKey.set(key);
                        suggestions.setAll(found);
                    }
                }, error -> suggestions.clear());
    }

    /** Nothing is being edited: no suggestions. */
    void clear() {
        generation++;
        forKey.set(null);
        suggestions.clear();
    }

    ObservableList<Suggestion> suggestions() {
        return suggestions;
    }

    /** The string the suggestions are for. */
    StringProperty forKeyProperty() {
        return forKey;
    }

    private synchronized TranslationMemory memory() {
        if (memory == null) {
            memory = TranslationMemory.open(folder);
        }
        return memory;
    }
}
