package org.campaignkit.memory;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campaignkit.kit.Entry;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.Status;
import org.campaignkit.kit.Texts;

/**
 * The person's translation memory: every translation of every kit they open or save, kept in one
 * file on this computer (the app passes ~/.local/share/campaign-kit/memory) and never sent
 * anywhere. Offers exact and fuzzy matches for a string being translated. Bounded: past
 * {@link #MAX_SEGMENTS} the oldest segments are dropped. Safe to call from several threads.
 */
public final class TranslationMemory implements Closeable {
    public static final int MAX_SEGMENTS = 50_000;
    /** Longer texts (whole documents) are not useful matches and would slow every lookup. */
    public static final int MAX_TEXT_CHARS = 5_000;

    private final MemoryStore store;
    private final int maxSegments;
    /** Oldest first; re-learning a segment moves it to the end. */
    private final LinkedHashMap<String, Segment> segments = new LinkedHashMap<>();
    private final Map<String, MemoryIndex> indexes = new HashMap<>();
    private boolean dirty;

    private TranslationMemory(Path folder, int maxSegments) {
        this.store = new MemoryStore(folder);
        this.maxSegments = maxSegments;
        for (Segment s : store.read()) {
            put(s);
        }
        dirty = false;
    }

    /** Opens the memory kept in {@code folder}; a missing or unreadable store is an empty memory. */
    public static TranslationMemory open(Path folder) {
        return new TranslationMemory(folder, MAX_SEGMENTS);
    }

    /** Opens a memory holding at most {@code maxSegments} (tests use a small bound). */
    static TranslationMemory open(Path folder, int maxSegments) {
        return new TranslationMemory(folder, maxSegments);
    }

    static boolean fits(String text) {
        return !text.isBlank() && text.length() <= MAX_TEXT_CHARS;
    }

    /**
     * Learns every finished translation of a kit: for each language other than the source, each
     * string that is translated (not a draft, not an untranslated copy). A stale translation is
     * learned against the source it was made from. Returns how many segments were new or changed.
     */
    public synchronized int learn(Kit kit) {
        int changed = 0;
        Texts source = kit.sourceTexts();
        for (Texts texts : kit.texts().values()) {
            if (texts.language().equals(kit.sourceLanguage())) {
                continue;
            }
            for (var e : texts.entries().entrySet()) {
                String current = source.text(e.getKey()).orElse(null);
                Entry entry = e.getValue();
                if (current == null || entry.effectiveStatus() == Status.DRAFT || entry.isUntranslatedCopy(current)) {
                    continue;
                }
                String from = entry.isStaleAgainst(current) ? entry.source() : current;
                if (!fits(from) || !fits(entry.text())) {
                    continue;
                }
                Segment s = new Segment(kit.sourceLanguage(), from, texts.language(), entry.text(), kit.id(), e.getKey());
                if (!s.equals(segments.get(s.identity()))) {
                    put(s);
                    changed++;
                }
            }
        }
        if (changed > 0) {
            dirty = true;
            indexes.clear();
        }
        return changed;
    }

    private void put(Segment s) {
        segments.remove(s.identity());
        segments.put(s.identity(), s);
        for (Iterator<Segment> oldest = segments.values().iterator(); segments.size() > maxSegments; ) {
            oldest.next();
            oldest.remove();
        }
    }

    /**
     * Up to {@code limit} translations into {@code targetLanguage} for a source text, best first:
     * exact matches score 100, fuzzy ones their word-level similarity (at least 50); a match that
     * differs only in placeholder names scores 99 and comes with the asked text's names.
     */
    public synchronized List<Suggestion> suggestions(String sourceLanguage, String sourceText, String targetLanguage,
            int limit) {
        if (limit <= 0 || sourceText == null || sourceText.isBlank() || sourceText.length() > MAX_TEXT_CHARS) {
            return List.of();
        }
        String pair = sourceLanguage + '\u0000' + targetLanguage;
        MemoryIndex index = indexes.computeIfAbsent(pair, p -> new MemoryIndex(sourceLanguage, segments.values().stream()
                .filter(s -> s.sourceLanguage().equals(sourceLanguage) && s.targetLanguage().equals(targetLanguage))
                .toList()));
        return index.suggestions(sourceText, limit);
    }

    /**
     * Builds the search index for a language pair now (about a second for 50,000 segments), so the
     * first lookup while a person edits is as fast as the others; learning drops the indexes.
     */
    public void prepare(String sourceLanguage, String targetLanguage) {
        suggestions(sourceLanguage, "-", targetLanguage, 1);
    }

    public synchronized int size() {
        return segments.size();
    }

    /** Writes the memory if it changed since it was read or last written, atomically. */
    public synchronized void flush() throws IOException {
        if (dirty) {
            store.write(new ArrayList<>(segments.values()));
            dirty = false;
        }
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
