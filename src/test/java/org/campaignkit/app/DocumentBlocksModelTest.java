package org.campaignkit.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.campaignkit.kit.Block;
import org.campaignkit.kit.BlockKind;
import org.campaignkit.kit.Entry;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.KitLoad;
import org.campaignkit.kit.KitReader;
import org.campaignkit.testing.TestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The block editor without a window: each structural edit, its undo, the translator's view, and saving. */
class DocumentBlocksModelTest {
    @TempDir
    Path dir;

    @TempDir
    static Path recoveryRoot;

    private final ComposerViewModel model = new ComposerViewModel(TaskRunner.sameThread(), new Recovery(recoveryRoot));
    private final DocumentBlocksModel blocks = new DocumentBlocksModel(model);

    private void selectDocument(String id) {
        OutlineItem documents = OutlineItem.of(model.kitProperty().get()).children().get(2);
        model.selectedProperty().set(documents.children().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow());
    }

    private List<String> textKeys() {
        return model.kitProperty().get().document("press-release").orElseThrow().blocks().stream().map(Block::textKey).toList();
    }

    private void openPressReleaseInTheSource() {
        model.open(TestKit.BUNDLED);
        model.targetLanguageProperty().set("en");
        selectDocument("press-release");
    }

    @Test
    void showsTheBlocksInOrderWithTheirKindsAndStringsAndTheOtherPartsAbove() {
        model.open(TestKit.BUNDLED);
        selectDocument("press-release");
        assertThat(blocks.blocks()).extracting(DocumentBlocksModel.BlockRow::kind).containsExactly(BlockKind.HEADLINE,
                BlockKind.SUBHEADLINE, BlockKind.DATELINE, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.QUOTE,
                BlockKind.LIST, BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.CONTACT);
        assertThat(blocks.blocks().get(5).strings()).extracting(StringRow::key).containsExactly("press.quote1", "press.quote1.by");
        assertThat(blocks.blocks().get(0).strings().get(0).target()).as("Spanish is the first target").startsWith("La sociedad civil");
        assertThat(model.rows()).as("the title belongs to no block; the blocks' strings are not listed twice")
                .extracting(StringRow::key).containsExactly("press.title");
        model.selectedProperty().set(OutlineItem.of(model.kitProperty().get()).children().get(0).children().get(0));
        assertThat(blocks.blocks()).isEmpty();
    }

    @Test
    void aTranslatorEditsTextButNotTheStructure() {
        model.open(TestKit.BUNDLED);
        selectDocument("press-release");
        assertThat(blocks.structureEditableProperty().get()).isFalse();
        blocks.moveDown(0);
        blocks.remove(1);
        blocks.addParagraphAfter(0, "New");
        assertThat(model.canUndoProperty().get()).as("no edit was made").isFalse();
        assertThat(textKeys()).startsWith("press.headline", "press.subheadline");

        model.targetLanguageProperty().set("en");
        assertThat(blocks.structureEditableProperty().get()).isTrue();
    }

    @Test
    void movingABlockUpOrDownIsOneUndoableEdit() {
        openPressReleaseInTheSource();
        blocks.moveDown(0);
        assertThat(textKeys()).startsWith("press.subheadline", "press.headline");
        assertThat(blocks.blocks().get(1).kind()).isEqualTo(BlockKind.HEADLINE);
        model.undo();
        assertThat(textKeys()).startsWith("press.headline", "press.subheadline");

        blocks.moveUp(10);
        assertThat(textKeys()).endsWith("press.contact", "press.about");
        blocks.moveUp(0);
        blocks.moveDown(10);
        assertThat(textKeys()).as("the ends do not move further").endsWith("press.contact", "press.about");
        model.undo();
        assertThat(textKeys()).endsWith("press.about", "press.contact");
        assertThat(model.canUndoProperty().get()).isFalse();
        model.redo();
        assertThat(textKeys()).endsWith("press.contact", "press.about");
    }

    @Test
    void removingABlockIsUndoneWithItsTexts() {
        openPressReleaseInTheSource();
        blocks.remove(4);
        assertThat(textKeys()).hasSize(10).doesNotContain("press.body");
        assertThat(model.kitProperty().get().textsOf("es").orElseThrow().text("press.body"))
                .as("its translations stay in the texts files").isPresent();
        model.undo();
        assertThat(textKeys()).hasSize(11).element(4).isEqualTo("press.body");
    }

    @Test
    void anAddedParagraphHasANewKeyItsSourceTextAndIsMissingElsewhere() {
        openPressReleaseInTheSource();
        blocks.addParagraphAfter(3, "  A paragraph the campaign added.  ");
        Kit kit = model.kitProperty().get();
        assertThat(textKeys()).hasSize(12).element(4).isEqualTo("press-release.paragraph.1");
        assertThat(blocks.blocks().get(4).kind()).isEqualTo(BlockKind.PARAGRAPH);
        assertThat(kit.sourceTexts().text("press-release.paragraph.1")).contains("A paragraph the campaign added.");
        assertThat(model.findings()).filteredOn(f -> "press-release.paragraph.1".equals(f.key()))
                .extracting(f -> f.code() + " " + f.language())
                .containsExactlyInAnyOrder("missing-translation es", "missing-translation pt-BR", "missing-translation fr",
                        "missing-translation ar", "missing-translation zh-Hans", "missing-translation ru");
        model.targetLanguageProperty().set("ar");
        assertThat(blocks.blocks().get(4).strings().get(0).missing()).isTrue();

        model.undo();
        assertThat(textKeys()).hasSize(11).doesNotContain("press-release.paragraph.1");
        assertThat(model.kitProperty().get().sourceTexts().entry("press-release.paragraph.1")).isEmpty();
        assertThat(model.findings()).noneMatch(f -> "press-release.paragraph.1".equals(f.key()));
    }

    @Test
    void anEmptyParagraphIsNotAdded() {
        openPressReleaseInTheSource();
        blocks.addParagraphAfter(0, "   ");
        assertThat(model.canUndoProperty().get()).isFalse();
    }

    @Test
    void aNewKeyIsUnusedInEveryLanguage() {
        model.open(TestKit.BUNDLED);
        Kit kit = model.kitProperty().get();
        Kit withOrphan = kit.withEntry("ar", "press-release.paragraph.1", Entry.plain("left over"));
        assertThat(DocumentBlocksModel.newKey(kit, "press-release")).isEqualTo("press-release.paragraph.1");
        assertThat(DocumentBlocksModel.newKey(withOrphan, "press-release")).isEqualTo("press-release.paragraph.2");
    }

    @Test
    void savingWritesTheBlocksIntoKitJsonAndKeepsFieldsItDoesNotKnow() throws Exception {
        TestKit kit = TestKit.create(dir.resolve("kit"))
                .editJson("kit.json", root -> {
                    root.put("futureField", "kept");
                    ObjectNode document = (ObjectNode) root.withArray("documents").get(0);
                    document.put("audience", "press");
                    ArrayNode list = document.putArray("blocks");
                    list.addObject().put("kind", "headline").put("text", "press.headline");
                    list.addObject().put("kind", "paragraph").put("text", "press.lede").put("reviewer", "Sam");
                    list.addObject().put("kind", "quote").put("text", "press.quote").put("by", "press.quote.by");
                })
                .editJson("texts/en.json", root -> ((ObjectNode) root.get("strings")).put("press.lede", "The lede.")
                        .put("press.quote", "We said it.").put("press.quote.by", "Someone"))
                .editJson("texts/es.json", root -> ((ObjectNode) root.get("strings")).put("press.lede", "La entradilla.")
                        .put("press.quote", "Lo dijimos.").put("press.quote.by", "Alguien"));
        model.open(kit.folder());
        model.targetLanguageProperty().set("en");
        selectDocument("pr");
        blocks.moveDown(0);
        blocks.addParagraphAfter(1, "Added in the composer.");
        blocks.remove(0);
        model.save(null);

        JsonNode saved = new ObjectMapper().readTree(kit.read("kit.json"));
        assertThat(saved.get("futureField").asText()).isEqualTo("kept");
        JsonNode document = saved.get("documents").get(0);
        assertThat(document.get("audience").asText()).isEqualTo("press");
        assertThat(document.get("blocks").toString()).isEqualTo("[{\"kind\":\"headline\",\"text\":\"press.headline\"},"
                + "{\"kind\":\"paragraph\",\"text\":\"pr.paragraph.1\"},"
                + "{\"kind\":\"quote\",\"text\":\"press.quote\",\"by\":\"press.quote.by\"}]");
        assertThat(kit.read("texts/en.json")).contains("\"pr.paragraph.1\": \"Added in the composer.\"");
        assertThat(kit.read("texts/es.json")).doesNotContain("pr.paragraph.1");

        KitLoad again = new KitReader().read(kit.folder());
        assertThat(again.findings()).noneMatch(f -> f.isError());
        assertThat(again.kit().document("pr").orElseThrow().blocks())
                .isEqualTo(model.kitProperty().get().document("pr").orElseThrow().blocks());

        model.undo(); // the removed paragraph with its unknown field comes back, and is saved with it
        model.save(null);
        assertThat(new ObjectMapper().readTree(kit.read("kit.json")).get("documents").get(0).get("blocks").get(0).toString())
                .isEqualTo("{\"kind\":\"paragraph\",\"text\":\"press.lede\",\"reviewer\":\"Sam\"}");
    }
}
