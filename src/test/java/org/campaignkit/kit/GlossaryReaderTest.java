package org.campaignkit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.campaignkit.testing.TestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryReaderTest {
    @TempDir
    Path dir;

    private final KitReader reader = new KitReader();

    private TestKit kitWithGlossary(String json) {
        return TestKit.create(dir.resolve("kit")).write("glossary.json", json);
    }

    private static List<Finding> withCode(KitLoad load, String code) {
        return load.findings().stream().filter(f -> f.code().equals(code)).toList();
    }

    @Test
    void aKitWithoutGlossaryHasAnEmptyOne() {
        KitLoad load = reader.read(TestKit.create(dir.resolve("kit")).folder());
        assertThat(load.findings()).isEmpty();
        assertThat(load.kit().glossary()).isEqualTo(Glossary.EMPTY);
    }

    @Test
    void readsTermsFormsDoNotTranslateAndNotes() {
        KitLoad load = reader.read(kitWithGlossary("""
                { "terms": [
                  { "id": "un", "term": { "en": ["UN", "United Nations"], "es": ["ONU", "Naciones Unidas"] }, "note": "Short form" },
                  { "id": "tag", "term": { "en": "#Tag" }, "doNotTranslate": true, "futureField": 1 }
                ] }
                """).folder());
        assertThat(load.findings()).isEmpty();
        Glossary glossary = load.kit().glossary();
        assertThat(glossary.terms()).extracting(Glossary.Term::id).containsExactly("un", "tag");
        Glossary.Term un = glossary.term("un").orElseThrow();
        assertThat(un.in("es", "en")).contains("ONU");
        assertThat(un.formsIn("es", "en")).containsExactly("ONU", "Naciones Unidas");
        assertThat(un.formsIn("en", "en")).containsExactly("UN", "United Nations");
        assertThat(un.note()).isEqualTo("Short form");
        assertThat(un.doNotTranslate()).isFalse();
        Glossary.Term tag = glossary.term("tag").orElseThrow();
        assertThat(tag.doNotTranslate()).isTrue();
        assertThat(tag.formsIn("es", "en")).containsExactly("#Tag");
        assertThat(tag.note()).isNull();
        assertThat(load.originalTrees()).containsKey("glossary.json");
    }

    @Test
    void brokenJsonIsAWarningAndTheKitStillOpens() {
        KitLoad load = reader.read(kitWithGlossary("{ \"terms\": [ { \"id\": \"un\", } ] }").folder());
        assertThat(load.kit()).isNotNull();
        assertThat(load.kit().glossary().isEmpty()).isTrue();
        Finding f = withCode(load, "invalid-glossary").get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.file()).isEqualTo("glossary.json");
        assertThat(f.message()).contains("line 1").contains("ignored");
        assertThat(load.findings()).noneMatch(Finding::isError);
    }

    @Test
    void duplicateKeysAndInvalidUtf8AreRefusedLikeTheRestOfTheKit() throws IOException {
        KitLoad dup = reader.read(kitWithGlossary("{ \"terms\": [], \"terms\": [] }").folder());
        assertThat(withCode(dup, "invalid-glossary")).singleElement()
                .satisfies(f -> assertThat(f.message()).containsIgnoringCase("duplicate"));
        TestKit kit = TestKit.create(dir.resolve("bad-utf8"));
        kit.writeBytes("glossary.json", new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'});
        assertThat(withCode(reader.read(kit.folder()), "invalid-glossary")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("UTF-8"));
    }

    @Test
    void aBrokenTermIsSkippedWithItsPointerAndTheOthersKept() {
        KitLoad load = reader.read(kitWithGlossary("""
                { "terms": [
                  { "id": "ok", "term": { "en": "treaty", "es": "tratado" } },
                  { "id": "no-term", "en": "flat" },
                  { "id": "bad-form", "term": { "en": "x", "es": 3 } },
                  { "id": "no-source", "term": { "es": "solo" } },
                  { "id": "ok", "term": { "en": "again" } },
                  { "id": "dnt", "term": { "en": "#T" }, "doNotTranslate": "yes" },
                  "just a string"
                ] }
                """).folder());
        assertThat(load.kit().glossary().terms()).extracting(Glossary.Term::id).containsExactly("ok");
        assertThat(withCode(load, "invalid-glossary")).extracting(Finding::message).satisfiesExactlyInAnyOrder(
                m -> assertThat(m).startsWith("at /terms/1/term:"),
                m -> assertThat(m).startsWith("at /terms/2/term/es:"),
                m -> assertThat(m).startsWith("at /terms/3/term:").contains("\"en\""),
                m -> assertThat(m).startsWith("at /terms/4/id:").contains("already"),
                m -> assertThat(m).startsWith("at /terms/5/doNotTranslate:"),
                m -> assertThat(m).startsWith("at /terms/6:"));
    }

    @Test
    void aLanguageTheKitDoesNotHaveIsWarnedOnceAndIgnored() {
        KitLoad load = reader.read(kitWithGlossary("""
                { "terms": [
                  { "id": "a", "term": { "en": "treaty", "de": "Vertrag" } },
                  { "id": "b", "term": { "en": "rights", "de": "Rechte" } }
                ] }
                """).folder());
        assertThat(withCode(load, "undeclared-language")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).startsWith("at /terms/0/term/de:").contains("\"de\"");
        });
        assertThat(load.kit().glossary().term("a").orElseThrow().byLanguage()).containsOnlyKeys("en");
    }

    @Test
    void hostileSizesAreRefusedWithoutReadingThemWhole() {
        StringBuilder many = new StringBuilder("{ \"terms\": [");
        for (int i = 0; i <= GlossaryReader.MAX_TERMS; i++) {
            many.append(i == 0 ? "" : ",").append("{\"id\":\"t").append(i).append("\",\"term\":{\"en\":\"w").append(i).append("\"}}");
        }
        KitLoad tooMany = reader.read(kitWithGlossary(many.append("] }").toString()).folder());
        assertThat(withCode(tooMany, "invalid-glossary")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("at most " + GlossaryReader.MAX_TERMS));
        assertThat(tooMany.kit().glossary().isEmpty()).isTrue();

        String longTerm = "x".repeat(GlossaryReader.MAX_TERM_CHARS + 1);
        KitLoad tooLong = reader.read(TestKit.create(dir.resolve("long")).write("glossary.json",
                "{ \"terms\": [ { \"id\": \"l\", \"term\": { \"en\": \"" + longTerm + "\" } } ] }").folder());
        assertThat(withCode(tooLong, "invalid-glossary")).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("at /terms/0/term/en:"));

        String deep = "[".repeat(5_000) + "]".repeat(5_000);
        KitLoad tooDeep = reader.read(TestKit.create(dir.resolve("deep")).write("glossary.json",
                "{ \"terms\": " + deep + " }").folder());
        assertThat(withCode(tooDeep, "invalid-glossary")).hasSize(1);
        assertThat(tooDeep.kit()).isNotNull();
    }

    @Test
    void aFileOverTheJsonSizeLimitIsAFindingNotAnOutOfMemory() throws IOException {
        TestKit kit = TestKit.create(dir.resolve("huge"));
        Path file = kit.path("glossary.json");
        try (var out = Files.newOutputStream(file)) {
            byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 17; i++) {
                out.write(spaces);
            }
        }
        KitLoad load = reader.read(kit.folder());
        assertThat(withCode(load, "invalid-glossary")).hasSize(1);
        assertThat(load.kit()).isNotNull();
    }

    @Test
    void savingNeverRewritesTheGlossaryAndSaveAsCopiesIt() throws IOException {
        String handWritten = "{\"terms\":[ {\"id\":\"t\",\"term\":{\"en\":\"Hello\",\"es\":\"Hola\"}} ]}";
        TestKit kit = kitWithGlossary(handWritten);
        KitLoad load = reader.read(kit.folder());
        Entry old = load.kit().textsOf("es").orElseThrow().entry("card.c1.headline").orElseThrow();
        Kit edited = load.kit().withEntry("es", "card.c1.headline", old.withText("¡Hola!"));
        KitWriter writer = new KitWriter();

        assertThat(writer.save(load, edited, kit.folder())).containsExactly("texts/es.json");
        assertThat(kit.read("glossary.json")).isEqualTo(handWritten);

        Path copy = dir.resolve("copy");
        assertThat(writer.save(load, edited, copy)).contains("glossary.json");
        assertThat(Files.readString(copy.resolve("glossary.json"))).isEqualTo(handWritten);
        assertThat(reader.read(copy).kit().glossary()).isEqualTo(load.kit().glossary());
    }

    @Test
    void formatWritesTheGlossaryInTheCanonicalLayoutWithoutChangingIt() throws IOException {
        TestKit kit = kitWithGlossary("{\"terms\":[ {\"id\":\"t\",\"term\":{\"en\":\"Hello\",\"es\":\"Hola\"}} ]}");
        KitLoad load = reader.read(kit.folder());
        assertThat(new KitWriter().reformat(load, kit.folder())).contains("glossary.json");
        assertThat(kit.read("glossary.json")).contains("\n  \"terms\": [").endsWith("}\n");
        assertThat(reader.read(kit.folder()).kit().glossary()).isEqualTo(load.kit().glossary());
    }

    @Test
    void editsKeepTheGlossary() {
        KitLoad load = reader.read(kitWithGlossary("{ \"terms\": [ { \"id\": \"t\", \"term\": { \"en\": \"Hello\" } } ] }").folder());
        Kit edited = load.kit().withValue("organization", "Other").withNewLanguage("fr")
                .withEntry("es", "card.c1.headline", Entry.plain("x"));
        assertThat(edited.glossary()).isEqualTo(load.kit().glossary());
        assertThat(edited.glossary().terms()).hasSize(1);
        assertThat(new Glossary.Term("x", Map.of("en", "a"), false, null).formsIn("es", "en")).isEmpty();
    }
}
