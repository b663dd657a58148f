package org.campaignkit.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.campaignkit.testing.TestKit;
import org.campaignkit.testing.Zips;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KitWriterTest {
    @TempDir
    Path dir;

    private final KitReader reader = new KitReader();
    private final KitWriter writer = new KitWriter();

    @Test
    void savingAnUneditedKitChangesNoByte() throws IOException {
        TestKit kit = TestKit.create(dir.resolve("kit"));
        Map<String, byte[]> before = snapshot(kit.folder());
        KitLoad load = reader.read(kit.folder());
        List<String> written = writer.save(load, load.kit(), kit.folder());
        assertThat(written).isEmpty();
        assertThat(snapshot(kit.folder())).usingRecursiveComparison().isEqualTo(before);
    }

    @Test
    void anEditRewritesOnlyItsFileAndKeepsUnknownFields() throws IOException {
        TestKit kit = TestKit.create(dir.resolve("kit"))
                .editJson("kit.json", root -> {
                    root.put("futureField", "kept");
                    ((ObjectNode) root.withArray("messages").get(0)).put("schedule", "2026-12-01T09:00");
                })
                .editJson("texts/es.json", root -> ((ObjectNode) root.get("strings").get("message.m1"))
                        .put("maxLength", 200));
        byte[] kitJsonBefore = Files.readAllBytes(kit.path("kit.json"));
        KitLoad load = reader.read(kit.folder());
        Entry old = load.kit().textsOf("es").orElseThrow().entry("message.m1").orElseThrow();
        Kit edited = load.kit().withEntry("es", "message.m1", old.withText("¡{{organization}} saluda!"));

        assertThat(writer.save(load, edited, kit.folder())).containsExactly("texts/es.json");
        assertThat(Files.readAllBytes(kit.path("kit.json"))).isEqualTo(kitJsonBefore);
        String es = kit.read("texts/es.json");
        assertThat(es).contains("¡{{organization}} saluda!").contains("\"maxLength\": 200")
                .contains("\"status\": \"translated\"").doesNotContain("\r").endsWith("}\n");

        KitLoad again = reader.read(kit.folder());
        assertThat(again.findings()).isEmpty();
        assertThat(again.kit().textsOf("es").orElseThrow().text("message.m1")).contains("¡{{organization}} saluda!");
        assertThat(again.originalTrees().get("kit.json").get("futureField").asText()).isEqualTo("kept");
    }

    @Test
    void valuesAndCardEditsKeepOtherFieldsAndOrder() throws IOException {
        TestKit kit = TestKit.create(dir.resolve("kit"));
        KitLoad load = reader.read(kit.folder());
        Card card = load.kit().card("c1").orElseThrow();
        Kit edited = load.kit().withValue("release_date", "2026-12-01").withCard(card.withFocus(0.25, 0.75)
                .withLayout(CardLayout.TOP));
        assertThat(writer.save(load, edited, kit.folder())).containsExactly("kit.json");
        Kit back = reader.read(kit.folder()).kit();
        assertThat(back.values()).containsExactly(Map.entry("organization", "Test Org"), Map.entry("release_date", "2026-12-01"));
        assertThat(back.card("c1").orElseThrow()).satisfies(c -> {
            assertThat(c.focusX()).isEqualTo(0.25);
            assertThat(c.focusY()).isEqualTo(0.75);
            assertThat(c.layout()).isEqualTo(CardLayout.TOP);
            assertThat(c.altKey()).isEqualTo("card.c1.alt");
        });
        String json = kit.read("kit.json");
        assertThat(json.indexOf("\"format\"")).isLessThan(json.indexOf("\"id\""));
        assertThat(json).contains("\"focus\": [0.25, 0.75]");
    }

    @Test
    void anAddedLanguageIsSavedAsATextsFileOfDraftCopiesAndListedInTheKit() throws IOException {
        TestKit kit = TestKit.create(dir.resolve("kit"));
        KitLoad load = reader.read(kit.folder());
        Kit withSwahili = load.kit().withNewLanguage(" sw ");

        assertThat(writer.save(load, withSwahili, kit.folder())).containsExactlyInAnyOrder("kit.json", "texts/sw.json");
        KitLoad again = reader.read(kit.folder());
        assertThat(again.findings()).isEmpty();
        assertThat(again.kit().languages()).containsExactly("en", "es", "sw");
        Texts sw = again.kit().textsOf("sw").orElseThrow();
        assertThat(sw.entries().keySet()).isEqualTo(load.kit().sourceTexts().entries().keySet());
        assertThat(sw.entry("message.m1").orElseThrow()).isEqualTo(
                new Entry("{{organization}} says hello.", Status.DRAFT, "{{organization}} says hello.", null));
        assertThat(sw.entry("message.m1").orElseThrow().isUntranslatedCopy("{{organization}} says hello.")).isTrue();
    }

    @Test
    void addingALanguageRefusesBadTagsAndDuplicatesByName() throws IOException {
        Kit kit = reader.read(TestKit.create(dir.resolve("kit")).folder()).kit();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> kit.withNewLanguage("not a tag"))
                .hasMessageContaining("\"not a tag\" is not a language tag");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> kit.withNewLanguage("ES"))
                .hasMessageContaining("already has \"ES\"");
    }

    @Test
    void plainStringEntriesStayPlainStrings() throws IOException {
        TestKit kit = TestKit.create(dir.resolve("kit"));
        KitLoad load = reader.read(kit.folder());
        Kit edited = load.kit().withEntry("es", "card.c1.headline", Entry.plain("¡Hola!"));
        writer.save(load, edited, kit.folder());
        assertThat(kit.read("texts/es.json")).contains("\"card.c1.headline\": \"¡Hola!\"");
    }

    @Test
    void savingAZipKitIntoAFolderCopiesEverything() throws IOException {
        TestKit kit = TestKit.create(dir.resolve("kit"));
        Path zip = Zips.zipFolder(kit.folder(), dir.resolve("kit.ckit"), "my-kit/");
        KitLoad load = reader.read(zip);
        assertThat(load.findings()).isEmpty();
        Path target = dir.resolve("copy");
        writer.save(load, load.kit(), target);
        assertThat(snapshot(target)).usingRecursiveComparison().isEqualTo(snapshot(kit.folder()));
    }

    @Test
    void staleTemporaryFilesAreCleanedOnSave() throws IOException {
        TestKit kit = TestKit.create(dir.resolve("kit"));
        Path stale = kit.path("texts/.es.json.1234" + AtomicFiles.TEMP_SUFFIX);
        Files.writeString(stale, "half a file");
        KitLoad load = reader.read(kit.folder());
        writer.save(load, load.kit().withValue("organization", "Other"), kit.folder());
        assertThat(stale).doesNotExist();
    }

    @Test
    void filesAddedToTheKitAreWrittenAtomicallyBeforeKitJsonNamesThem() throws IOException {
        TestKit kit = TestKit.create(dir.resolve("kit"));
        KitLoad load = reader.read(kit.folder());
        byte[] picture = TestKit.png(40, 30);
        Kit edited = load.kit().withCard(load.kit().card("c1").orElseThrow().withBackground("images/new.png"));
        Map<String, byte[]> added = Map.of("images/new.png", picture);

        assertThat(writer.save(load, edited, kit.folder(), added)).containsExactly("images/new.png", "kit.json");
        assertThat(Files.readAllBytes(kit.path("images/new.png"))).isEqualTo(picture);
        try (Stream<Path> images = Files.list(kit.path("images"))) {
            assertThat(images.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("bg.png", "logo.png", "new.png");
        }
        KitLoad back = reader.read(kit.folder());
        assertThat(back.findings()).isEmpty();
        assertThat(back.kit().card("c1").orElseThrow().background()).isEqualTo("images/new.png");

        assertThat(writer.save(back, back.kit(), kit.folder(), added)).as("already there, byte for byte").isEmpty();
        Path copy = dir.resolve("copy");
        assertThat(writer.save(load, edited, copy, added)).contains("images/bg.png", "images/new.png", "kit.json");
        assertThat(snapshot(copy)).usingRecursiveComparison().isEqualTo(snapshot(kit.folder()));
    }

    @Test
    void anAddedFileOutsideTheKitIsRefusedBeforeAnythingIsWritten() throws IOException {
        TestKit kit = TestKit.create(dir.resolve("kit"));
        Map<String, byte[]> before = snapshot(kit.folder());
        KitLoad load = reader.read(kit.folder());
        Kit edited = load.kit().withCard(load.kit().card("c1").orElseThrow().withBackground("../outside.png"));
        assertThatThrownBy(() -> writer.save(load, edited, kit.folder(), Map.of("../outside.png", TestKit.png(4, 4))))
                .isInstanceOf(IOException.class).hasMessageContaining("../outside.png");
        assertThat(dir.resolve("outside.png")).doesNotExist();
        assertThat(snapshot(kit.folder())).usingRecursiveComparison().isEqualTo(before);
    }

    private static Map<String, byte[]> snapshot(Path folder) throws IOException {
        Map<String, byte[]> files = new java.util.TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
