package org.campaignkit.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.campaignkit.kit.Entry;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.KitReader;
import org.campaignkit.kit.Status;
import org.campaignkit.testing.TestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranslationMemoryTest {
    @TempDir
    Path dir;

    private final Kit bundled = new KitReader().read(TestKit.BUNDLED).kit();

    private Path store() {
        return dir.resolve("memory");
    }

    /** The small test kit with one extra source string and its Spanish translation. */
    private Kit kitWith(String key, String en, String es) {
        Kit kit = new KitReader().read(TestKit.create(dir.resolve("kit-" + Math.abs(key.hashCode()))).folder()).kit();
        return kit.withEntry("en", key, Entry.plain(en)).withEntry("es", key, Entry.plain(es));
    }

    @Test
    void anExactMatchScores100AndSaysWhereItCameFrom() {
        try (TranslationMemory memory = TranslationMemory.open(store())) {
            memory.learn(bundled);
            String source = bundled.sourceTexts().text("card.safeguards.headline").orElseThrow();
            List<Suggestion> zh = memory.suggestions("en", source, "zh-Hans", 3);
            assertThat(zh.get(0)).isEqualTo(new Suggestion(
                    bundled.textsOf("zh-Hans").orElseThrow().text("card.safeguards.headline").orElseThrow(), 100,
                    "un-cybercrime-treaty", "card.safeguards.headline", source));
            assertThat(memory.suggestions("en", source, "ar", 1).get(0).text())
                    .isEqualTo(bundled.textsOf("ar").orElseThrow().text("card.safeguards.headline").orElseThrow());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void fuzzyMatchesAreScoredAndRankedBestFirst() {
        TranslationMemory memory = TranslationMemory.open(store());
        memory.learn(bundled);
        List<Suggestion> found = memory.suggestions("en", "No treaty without strong human rights safeguards", "es", 5);
        assertThat(found).isNotEmpty();
        Suggestion best = found.get(0);
        assertThat(best.key()).isEqualTo("card.safeguards.headline");
        assertThat(best.score()).isBetween(MemoryIndex.MIN_SCORE, 98);
        assertThat(found).extracting(Suggestion::score).isSortedAccordingTo((a, b) -> b - a);
        assertThat(memory.suggestions("en", "Completely unrelated words about gardening tomatoes", "es", 5)).isEmpty();
    }

    @Test
    void anExactMatchOutranksAFuzzyOne() {
        TranslationMemory memory = TranslationMemory.open(store());
        memory.learn(kitWith("a", "Protect the right to speak", "Protege el derecho a hablar"));
        memory.learn(kitWith("b", "Protect the right to speak freely", "Protege el derecho a hablar libremente"));
        List<Suggestion> found = memory.suggestions("en", "Protect the right to speak freely", "es", 5);
        assertThat(found).extracting(Suggestion::score).first().isEqualTo(100);
        assertThat(found.get(0).text()).isEqualTo("Protege el derecho a hablar libremente");
        assertThat(found.get(1).text()).isEqualTo("Protege el derecho a hablar");
        assertThat(found.get(1).score()).isEqualTo(83); // one word of six differs
    }

    @Test
    void aMatchDifferingOnlyInPlaceholdersScores99WithTheAskedNames() {
        TranslationMemory memory = TranslationMemory.open(store());
        memory.learn(kitWith("p", "{{org}} joins the call on {{day}}", "{{org}} se une al llamado el {{day}}"));
        List<Suggestion> found = memory.suggestions("en", "{{organization}} joins the call on {{release_date}}", "es", 1);
        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.score()).isEqualTo(99);
            assertThat(s.text()).isEqualTo("{{organization}} se une al llamado el {{release_date}}");
        });
    }

    @Test
    void chineseAndArabicSourcesMatchFuzzilyByWords() {
        TranslationMemory memory = TranslationMemory.open(store());
        Kit zhKit = kitWith("z", "x", "y");
        // A kit written in Chinese, translated into Arabic: the memory keys on the kit's own source language.
        Kit chinese = new Kit(zhKit.id(), zhKit.version(), "zh-Hans", List.of("zh-Hans", "ar"), zhKit.brand(),
                zhKit.variables(), zhKit.values(), zhKit.messages(), zhKit.cards(), zhKit.documents(), java.util.Map.of())
                .withEntry("zh-Hans", "k", Entry.plain("联合国网络犯罪条约必须保护民众"))
                .withEntry("ar", "k", Entry.plain("على معاهدة الأمم المتحدة أن تحمي الناس"));
        memory.learn(chinese);
        List<Suggestion> found = memory.suggestions("zh-Hans", "联合国网络犯罪条约必须保护妇女", "ar", 3);
        assertThat(found).singleElement().satisfies(s -> assertThat(s.score()).isBetween(60, 98));
        assertThat(memory.suggestions("zh-Hans", "联合国网络犯罪条约必须保护民众", "ar", 3).get(0).score()).isEqualTo(100);
    }

    @Test
    void draftsAndUntranslatedCopiesAreNotLearnedAndStaleOnesKeepTheirOwnSource() {
        Kit kit = kitWith("d", "Draft source", "Borrador").withEntry("es", "d", new Entry("Borrador", Status.DRAFT, null, null))
                .withEntry("en", "c", Entry.plain("Copied")).withEntry("es", "c", Entry.draftCopyOf("Copied"))
                .withEntry("en", "s", Entry.plain("The new source"))
                .withEntry("es", "s", new Entry("La fuente antigua", Status.REVIEWED, "The old source", null));
        TranslationMemory memory = TranslationMemory.open(store());
        memory.learn(kit);
        assertThat(memory.suggestions("en", "Draft source", "es", 3)).isEmpty();
        assertThat(memory.suggestions("en", "Copied", "es", 3)).isEmpty();
        assertThat(memory.suggestions("en", "The old source", "es", 1)).extracting(Suggestion::score).containsExactly(100);
        assertThat(memory.suggestions("en", "The new source", "es", 1)).allSatisfy(s -> assertThat(s.score()).isLessThan(100));
    }

    @Test
    void persistsAcrossOpeningsAndRelearningReplacesAnEditedTranslation() throws IOException {
        int learned;
        try (TranslationMemory memory = TranslationMemory.open(store())) {
            memory.learn(kitWith("e", "Speak up", "Alza la voz"));
            learned = memory.size();
        }
        String first = Files.readString(store().resolve(MemoryStore.FILE));
        assertThat(first).startsWith("{\"format\":\"campaign-kit-memory/1\"").contains("\"tt\":\"Alza la voz\"");
        try (TranslationMemory memory = TranslationMemory.open(store())) {
            assertThat(memory.suggestions("en", "Speak up", "es", 3)).extracting(Suggestion::text).containsExactly("Alza la voz");
            assertThat(memory.learn(kitWith("e", "Speak up", "Alza la voz"))).isZero();
            memory.learn(kitWith("e", "Speak up", "¡Habla!"));
            assertThat(memory.suggestions("en", "Speak up", "es", 3)).extracting(Suggestion::text).containsExactly("¡Habla!");
        }
        try (TranslationMemory memory = TranslationMemory.open(store())) {
            assertThat(memory.suggestions("en", "Speak up", "es", 3)).extracting(Suggestion::text).containsExactly("¡Habla!");
            assertThat(memory.size()).isEqualTo(learned);
        }
        assertThat(Files.list(store())).extracting(p -> p.getFileName().toString()).containsExactly(MemoryStore.FILE);
    }

    @Test
    void isBoundedDroppingTheOldest() {
        TranslationMemory memory = TranslationMemory.open(store(), 3);
        for (int i = 0; i < 5; i++) {
            memory.learn(kitWith("k" + i, "Sentence number " + i + " here", "Frase número " + i + " aquí"));
        }
        // Each test kit carries its own strings too, so only the newest three segments remain.
        assertThat(memory.size()).isEqualTo(3);
        assertThat(memory.suggestions("en", "Sentence number 4 here", "es", 1)).extracting(Suggestion::score).containsExactly(100);
        assertThat(memory.suggestions("en", "Sentence number 0 here", "es", 5)).noneMatch(s -> s.score() == 100);
    }

    @Test
    void aBrokenStoreIsAnEmptyMemoryAndIsKeptAside() throws IOException {
        Files.createDirectories(store());
        Files.writeString(store().resolve(MemoryStore.FILE), "{\"format\":\"campaign-kit-memory/1\",\"segments\":[{\"sl\":");
        try (TranslationMemory memory = TranslationMemory.open(store())) {
            assertThat(memory.size()).isZero();
            assertThat(memory.suggestions("en", "anything", "es", 3)).isEmpty();
            memory.learn(kitWith("b", "After the damage", "Tras el daño"));
        }
        assertThat(store().resolve(MemoryStore.FILE + ".unreadable")).exists();
        try (TranslationMemory memory = TranslationMemory.open(store())) {
            assertThat(memory.suggestions("en", "After the damage", "es", 1)).hasSize(1);
        }
        Files.write(store().resolve(MemoryStore.FILE), new byte[] {(byte) 0xff, 0, 1, 2});
        assertThat(TranslationMemory.open(store()).size()).isZero();
        Files.writeString(store().resolve(MemoryStore.FILE), "{\"format\":\"something-else/9\",\"segments\":[]}");
        assertThat(TranslationMemory.open(store()).size()).isZero();
    }

    @Test
    void oneBadSegmentDoesNotCostTheOthers() throws IOException {
        Files.createDirectories(store());
        Files.writeString(store().resolve(MemoryStore.FILE), """
                {"format":"campaign-kit-memory/1","segments":[
                {"sl":"en","st":"Good one","tl":"es","tt":"Buena","kit":"k","key":"a"},
                {"sl":"en","st":7,"tl":"es","tt":"Mala","kit":"k","key":"b"},
                {"sl":"en","st":"Another good one","tl":"es","tt":"Otra buena","kit":"k","key":"c"}]}
                """, StandardCharsets.UTF_8);
        assertThat(TranslationMemory.open(store()).size()).isEqualTo(2);
    }

    @Test
    void lookupSpeedWithAFullMemory() {
        TranslationMemory memory = TranslationMemory.open(store());
        List<String> sources = bundled.sourceTexts().entries().values().stream().map(Entry::text)
                .filter(t -> t.length() > 20).toList();
        // The worst case: every segment in the one language pair being looked up.
        List<String> languages = List.of("es");
        java.util.Map<String, java.util.Map<String, Entry>> strings = new java.util.LinkedHashMap<>();
        strings.put("en", new java.util.LinkedHashMap<>());
        languages.forEach(l -> strings.put(l, new java.util.LinkedHashMap<>()));
        for (int n = 0; n * languages.size() < TranslationMemory.MAX_SEGMENTS; n++) {
            String variant = sources.get(n % sources.size()) + " (" + n + ")";
            strings.get("en").put("bench." + n, Entry.plain(variant));
            for (String lang : languages) {
                strings.get(lang).put("bench." + n, Entry.plain(lang + " " + variant));
            }
        }
        Kit grown = new Kit(bundled.id(), bundled.version(), "en", List.of("en", "es"), bundled.brand(), bundled.variables(),
                bundled.values(), bundled.messages(), bundled.cards(), bundled.documents(), java.util.Map.of());
        for (var e : strings.entrySet()) {
            grown = grown.withTexts(new org.campaignkit.kit.Texts(e.getKey(), e.getValue()));
        }
        memory.learn(grown);
        assertThat(memory.size()).isEqualTo(TranslationMemory.MAX_SEGMENTS);
        String asked = sources.get(10).replaceFirst("\\b(the|a)\\b", "our") + " (12)";
        long build = System.nanoTime();
        memory.suggestions("en", asked, "es", 5);
        build = System.nanoTime() - build;
        int runs = 50;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            assertThat(memory.suggestions("en", asked + " " + i, "es", 5)).isNotEmpty();
        }
        double each = (System.nanoTime() - start) / 1e6 / runs;
        System.out.printf("Translation memory of %d segments: first lookup (builds the index for en→es) %.0f ms, then %.1f ms a lookup%n",
                memory.size(), build / 1e6, each);
    }
}
