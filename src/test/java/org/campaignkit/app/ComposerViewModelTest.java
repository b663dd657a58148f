package org.campaignkit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.campaignkit.kit.KitReader;
import org.campaignkit.kit.Status;
import org.campaignkit.testing.TestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composer's behaviour without a window or toolkit: open, pick, edit, undo, check, save. */
class ComposerViewModelTest {
    @TempDir
    Path dir;

    @TempDir
    static Path recoveryRoot;

    private final ComposerViewModel model = new ComposerViewModel(TaskRunner.sameThread(), new Recovery(recoveryRoot));

    private OutlineItem firstMessage() {
        return OutlineItem.of(model.kitProperty().get()).children().get(0).children().get(0);
    }

    @Test
    void opensTheBundledKitWithTheFirstTranslationAsTarget() {
        model.open(TestKit.BUNDLED);
        assertThat(model.kitProperty().get().id()).isEqualTo("un-cybercrime-treaty");
        assertThat(model.targetLanguageProperty().get()).isEqualTo("es");
        assertThat(model.findings()).noneMatch(f -> f.isError());
        assertThat(model.needsSaveAs()).as("bundled kits are templates").isTrue();
    }

    @Test
    void showsTheSelectedItemsStringsSideBySideInTheTargetLanguage() {
        model.open(TestKit.BUNDLED);
        model.selectedProperty().set(firstMessage());
        assertThat(model.rows()).singleElement().satisfies(row -> {
            assertThat(row.key()).isEqualTo("message.no-blank-cheque");
            assertThat(row.reference()).startsWith("A UN treaty");
            assertThat(row.target()).startsWith("Un tratado");
            assertThat(row.status()).isEqualTo(Status.REVIEWED);
        });
        model.targetLanguageProperty().set("ar");
        assertThat(model.rows().get(0).target()).startsWith("معاهدة");
    }

    @Test
    void anEditIsCheckedAndCanBeUndoneAndRedone() {
        model.open(TestKit.BUNDLED);
        model.selectedProperty().set(firstMessage());
        model.editTarget("message.no-blank-cheque", "x".repeat(400));
        assertThat(model.rows().get(0).target()).hasSize(400);
        assertThat(model.canUndoProperty().get()).isTrue();
        assertThat(model.dirtyProperty().get()).isTrue();
        assertThat(model.findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("over-limit");
            assertThat(f.language()).isEqualTo("es");
        });
        model.undo();
        assertThat(model.rows().get(0).target()).startsWith("Un tratado");
        assertThat(model.findings()).noneMatch(f -> f.code().equals("over-limit"));
        model.redo();
        assertThat(model.rows().get(0).target()).hasSize(400);
    }

    @Test
    void editingAStaleStringRecordsTheSourceItNowMatches() {
        TestKit kit = TestKit.create(dir.resolve("kit")).editJson("texts/en.json", root ->
                ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("strings")).put("message.m1", "{{organization}} says bye."));
        model.open(kit.folder());
        model.selectedProperty().set(firstMessage());
        assertThat(model.rows().get(0).stale()).isTrue();
        model.editTarget("message.m1", "{{organization}} se despide.");
        assertThat(model.rows().get(0).stale()).isFalse();
        assertThat(model.findings()).noneMatch(f -> f.code().equals("stale-translation"));
    }

    @Test
    void savesACopyOfATemplateAndTheCopyReadsBack() throws Exception {
        model.open(TestKit.BUNDLED);
        model.editTarget("message.no-blank-cheque", "Un tratado nuevo.");
        Path copy = dir.resolve("my-kit");
        model.save(copy);
        assertThat(Files.exists(copy.resolve("images/logo.png"))).isTrue();
        var saved = new KitReader().read(copy).kit();
        assertThat(saved.textsOf("es").orElseThrow().text("message.no-blank-cheque")).contains("Un tratado nuevo.");
        assertThat(model.needsSaveAs()).as("the copy is the open kit now, saved in place").isFalse();
        assertThat(model.dirtyProperty().get()).isFalse();
    }

    @Test
    void aMessageShowsEachPlatformsPostWithItsCount() {
        model.open(TestKit.BUNDLED);
        model.targetLanguageProperty().set("zh-Hans");
        model.selectedProperty().set(firstMessage());
        assertThat(model.posts()).extracting(PostPreview::platform)
                .containsExactly("X", "Bluesky", "Mastodon", "Threads", "Facebook", "Instagram", "LinkedIn");
        PostPreview x = model.posts().get(0);
        assertThat(x.post()).contains("https://example.org/cybercrime-treaty").endsWith("#CybercrimeTreaty #HumanRights");
        assertThat(x.count()).isEqualTo(org.campaignkit.text.TextCounters.twitterWeighted(x.post()));
        assertThat(x.over()).isFalse();
        model.editTarget("message.no-blank-cheque", "条".repeat(140));
        assertThat(model.posts().get(0).over()).as("140 ideographs weigh 280 before the link").isTrue();
    }

    @Test
    void aCardIsPreviewedByTheExportRenderer() {
        model.open(TestKit.BUNDLED);
        OutlineItem card = OutlineItem.of(model.kitProperty().get()).children().get(1).children().get(0);
        model.targetLanguageProperty().set("ar");
        model.selectedProperty().set(card);
        assertThat(model.cardPreviewProperty().get()).isNotNull().satisfies(image -> {
            assertThat(image.getWidth()).isEqualTo(1080);
            assertThat(image.getHeight()).isEqualTo(1080);
        });
        assertThat(model.cardPreviewNoteProperty().get()).contains("instagram-square").contains("fits");
        model.selectedProperty().set(firstMessage());
        assertThat(model.cardPreviewProperty().get()).isNull();
    }

    @Test
    void aVariablesValueIsAnUndoableEditUsedInEveryPostAndChecked() {
        model.open(TestKit.BUNDLED);
        OutlineItem organization = OutlineItem.of(model.kitProperty().get()).children().get(3).children().get(0);
        model.selectedProperty().set(organization);
        assertThat(model.selectedVariable()).hasValueSatisfying(v -> assertThat(v.name()).isEqualTo("organization"));

        model.setValue("organization", "  Red de Derechos  ");
        assertThat(model.kitProperty().get().values()).containsEntry("organization", "Red de Derechos");
        model.selectedProperty().set(OutlineItem.of(model.kitProperty().get()).children().get(0).children().get(6));
        assertThat(model.posts()).filteredOn(p -> p.platform().equals("Bluesky")).singleElement()
                .satisfies(p -> assertThat(p.post()).contains("Red de Derechos")); // X uses the short variant, without it

        model.setValue("organization", "");
        assertThat(model.findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("missing-value");
            assertThat(f.key()).isEqualTo("organization");
        });
        model.setValue("release_date", "next week");
        assertThat(model.findings()).anySatisfy(f -> assertThat(f.code()).isEqualTo("invalid-value"));
        model.undo();
        model.undo();
        assertThat(model.kitProperty().get().values()).containsEntry("organization", "Red de Derechos");
        assertThat(model.findings()).noneMatch(f -> f.code().equals("missing-value") || f.code().equals("invalid-value"));
    }

    @Test
    void editsAreKeptInARecoveryCopyAndCanBeRestoredAfterACrash() {
        Recovery recovery = new Recovery(dir.resolve("recovery"));
        TestKit kit = TestKit.create(dir.resolve("kit"));
        ComposerViewModel before = new ComposerViewModel(TaskRunner.sameThread(), recovery);
        before.open(kit.folder());
        before.editTarget("message.m1", "{{organization}} saluda de nuevo.");
        // ... the machine goes down here, without saving ...
        ComposerViewModel after = new ComposerViewModel(TaskRunner.sameThread(), recovery);
        Recovery.Copy copy = after.pendingRecovery().orElseThrow();
        assertThat(copy.origin()).isEqualTo(kit.folder().toAbsolutePath().normalize());
        after.restore(copy);
        assertThat(after.kitProperty().get().textsOf("es").orElseThrow().text("message.m1")).contains("{{organization}} saluda de nuevo.");
        assertThat(after.dirtyProperty().get()).isTrue();
        assertThat(after.needsSaveAs()).as("saving goes back to the kit the edits came from").isFalse();
        after.save(null);
        assertThat(kit.read("texts/es.json")).contains("saluda de nuevo");
        assertThat(after.pendingRecovery()).as("saved, so the copy is gone").isEmpty();
    }

    @Test
    void languagesAreNamedInTheirOwnLanguage() {
        assertThat(ComposerViewModel.languageName("ar")).isEqualTo("ar · العربية");
        assertThat(ComposerViewModel.languageName("zh-Hans")).startsWith("zh-Hans · 中文");
        assertThat(ComposerViewModel.languageName("es")).isEqualTo("es · español");
    }

    @Test
    void anAddedLanguageBecomesTheTargetWithEveryStringAnUntranslatedDraft() throws Exception {
        TestKit kit = TestKit.create(dir.resolve("kit"));
        model.open(kit.folder());
        model.selectedProperty().set(firstMessage());
        assertThat(model.addLanguage("es")).contains("already has");
        assertThat(model.addLanguage("klingon!")).contains("not a language tag");

        assertThat(model.addLanguage("sw")).isNull();
        assertThat(model.targetLanguageProperty().get()).isEqualTo("sw");
        assertThat(model.rows()).singleElement().satisfies(row -> {
            assertThat(row.target()).isEqualTo("{{organization}} says hello.");
            assertThat(row.status()).isEqualTo(Status.DRAFT);
            assertThat(row.missing()).as("a copied draft is not a translation").isTrue();
        });
        assertThat(model.findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("missing-translation");
            assertThat(f.language()).isEqualTo("sw");
        });

        model.editTarget("message.m1", "{{organization}} inasalimu.");
        assertThat(model.rows().get(0).status()).as("overwriting the copy translates it").isEqualTo(Status.TRANSLATED);
        assertThat(model.rows().get(0).missing()).isFalse();
        model.save(null);
        assertThat(kit.read("texts/sw.json")).contains("inasalimu").contains("\"status\": \"draft\"");
        assertThat(kit.read("kit.json")).contains("\"sw\"");
        model.undo();
        model.undo();
        assertThat(model.kitProperty().get().languages()).doesNotContain("sw");
    }

    @Test
    void theReferenceColumnCanShowAnotherLanguage() {
        model.open(TestKit.BUNDLED);
        model.selectedProperty().set(firstMessage());
        model.targetLanguageProperty().set("pt-BR");
        model.referenceLanguageProperty().set("es");
        assertThat(model.rows().get(0).reference()).startsWith("Un tratado");
        assertThat(model.rows().get(0).currentSource()).startsWith("A UN treaty");
    }

    @Test
    void aStaleRowCarriesTheSourceItWasTranslatedFromAndTheSourceNow() {
        TestKit kit = TestKit.create(dir.resolve("kit")).editJson("texts/en.json", root ->
                ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("strings")).put("message.m1", "{{organization}} says bye."));
        model.open(kit.folder());
        model.selectedProperty().set(firstMessage());
        assertThat(model.rows().get(0)).satisfies(row -> {
            assertThat(row.stale()).isTrue();
            assertThat(row.previousSource()).isEqualTo("{{organization}} says hello.");
            assertThat(row.currentSource()).isEqualTo("{{organization}} says bye.");
        });
    }

    @Test
    void aFindingLeadsToItsLanguageItemAndString() {
        TestKit kit = TestKit.create(dir.resolve("kit")).editJson("texts/es.json", root ->
                ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("strings")).remove("card.c1.alt"));
        model.open(kit.folder());
        model.targetLanguageProperty().set("en");
        org.campaignkit.kit.Finding missing = model.findings().stream().filter(f -> f.code().equals("missing-translation"))
                .findFirst().orElseThrow();
        model.navigation().goTo(missing);
        assertThat(model.targetLanguageProperty().get()).isEqualTo("es");
        assertThat(model.selectedProperty().get().kind()).isEqualTo(OutlineItem.Kind.CARD);
        assertThat(model.focusKeyProperty().get()).isEqualTo("card.c1.alt");
        assertThat(model.navigation().nextFinding(missing)).isPresent();
    }

    @Test
    void nextStringWalksThroughTheItemThenOnToTheNextItemAndBack() {
        model.open(TestKit.BUNDLED);
        model.navigation().nextString(null, 1);
        OutlineItem first = model.selectedProperty().get();
        assertThat(first.kind()).isEqualTo(OutlineItem.Kind.MESSAGE);
        assertThat(model.focusKeyProperty().get()).isEqualTo(first.keys().get(0));
        model.navigation().nextString(first.keys().get(0), 1);
        assertThat(model.selectedProperty().get()).isNotEqualTo(first);
        String secondKey = model.focusKeyProperty().get();
        model.navigation().nextString(secondKey, -1);
        assertThat(model.selectedProperty().get()).isEqualTo(first);
        assertThat(model.focusKeyProperty().get()).isEqualTo(first.keys().get(first.keys().size() - 1));
    }

    @Test
    void typingUpdatesTheCountersBeforeTheEditIsCommitted() {
        model.open(TestKit.BUNDLED);
        model.selectedProperty().set(firstMessage());
        int before = model.posts().get(0).count();
        model.typing("message.no-blank-cheque", "Corto.");
        assertThat(model.posts().get(0).count()).isLessThan(before);
        assertThat(model.canUndoProperty().get()).as("typing alone is not an edit yet").isFalse();
    }

    @Test
    void theMemorySuggestsTranslationsFromKitsOpenedBefore() {
        Path memoryFolder = dir.resolve("memory");
        ComposerViewModel first = new ComposerViewModel(TaskRunner.sameThread(), new Recovery(dir.resolve("r1")), memoryFolder);
        first.open(TestKit.create(dir.resolve("translated")).folder());

        TestKit other = TestKit.create(dir.resolve("other")).editJson("texts/es.json", root ->
                ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("strings")).remove("message.m1"));
        ComposerViewModel second = new ComposerViewModel(TaskRunner.sameThread(), new Recovery(dir.resolve("r2")), memoryFolder);
        second.open(other.folder());
        second.selectedProperty().set(OutlineItem.of(second.kitProperty().get()).children().get(0).children().get(0));
        second.editing("message.m1");
        assertThat(second.memory().suggestions()).first().satisfies(s -> {
            assertThat(s.text()).isEqualTo("{{organization}} saluda.");
            assertThat(s.score()).isEqualTo(100);
            assertThat(s.kitId()).isEqualTo("test-kit");
        });
        assertThat(second.memory().forKeyProperty().get()).isEqualTo("message.m1");

        second.targetLanguageProperty().set("en");
        assertThat(second.memory().suggestions()).as("another language, other suggestions").isEmpty();
    }

    @Test
    void aTranslatorsFileComesBackAsOneUndoableEditWithAReport() throws Exception {
        TestKit kit = TestKit.create(dir.resolve("kit"));
        model.open(kit.folder());
        Path file = dir.resolve("es.xlf");
        model.exchange().send("es", org.campaignkit.exchange.ExchangeFormat.XLIFF_2_0, file);
        assertThat(Files.readString(file)).contains("trgLang=\"es\"").contains("saluda.");

        Files.writeString(file, Files.readString(file).replace("saluda.</target>", "saluda de nuevo.</target>")
                .replace("Hola</target>", "Hola {{nobody}}</target>"));
        model.exchange().receive(file);
        assertThat(model.kitProperty().get().textsOf("es").orElseThrow().text("message.m1"))
                .contains("{{organization}} saluda de nuevo.");
        assertThat(model.kitProperty().get().textsOf("es").orElseThrow().text("card.c1.headline")).contains("Hola");
        assertThat(model.exchange().reportProperty().get()).anyMatch(line -> line.contains("card.c1.headline"));
        assertThat(model.statusProperty().get()).contains("refused");
        assertThat(model.dirtyProperty().get()).as("imported, not yet saved").isTrue();
        assertThat(kit.read("texts/es.json")).doesNotContain("de nuevo");

        model.undo();
        assertThat(model.kitProperty().get().textsOf("es").orElseThrow().text("message.m1")).contains("{{organization}} saluda.");
    }

    @Test
    void aPostSaysWhenTheSourceTextStandsInForAMissingTranslation() {
        TestKit kit = TestKit.create(dir.resolve("kit"));
        model.open(kit.folder());
        model.selectedProperty().set(firstMessage());
        assertThat(model.posts()).allSatisfy(p -> assertThat(p.sourceStandsIn()).isFalse());
        model.addLanguage("sw");
        assertThat(model.posts()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.sourceStandsIn()).as("a draft copy is not a translation").isTrue();
            assertThat(p.post()).contains("says hello");
        });
        model.editTarget("message.m1", "{{organization}} inasalimu.");
        assertThat(model.posts()).allSatisfy(p -> assertThat(p.sourceStandsIn()).isFalse());
    }
}
