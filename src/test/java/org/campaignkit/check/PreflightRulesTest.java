package org.campaignkit.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.campaignkit.kit.Finding;
import org.campaignkit.kit.Severity;
import org.campaignkit.testing.Checks;
import org.campaignkit.testing.TestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreflightRulesTest {
    @TempDir
    Path dir;

    private TestKit kit() {
        return TestKit.create(dir.resolve("kit"));
    }

    private static Finding single(List<Finding> findings, String code) {
        assertThat(Checks.withCode(findings, code)).as("%s in %s", code, findings).hasSize(1);
        return Checks.first(findings, code);
    }

    private static void setEn(ObjectNode root, String key, String text) {
        ((ObjectNode) root.get("strings")).put(key, text);
    }

    @Test
    void theTestKitIsClean() {
        assertThat(Checks.all(kit().folder())).isEmpty();
    }

    @Test
    void unknownKey() {
        TestKit kit = kit().editJson("kit.json", root -> ((ObjectNode) root.withArray("messages").get(0)).put("text", "message.nope"));
        Finding f = single(Checks.all(kit.folder()), "unknown-key");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.key()).isEqualTo("message.nope");
        assertThat(f.file()).isEqualTo("kit.json");
    }

    @Test
    void unknownPlaceholder() {
        TestKit kit = kit().editJson("texts/en.json", root -> setEn(root, "card.c1.headline", "Hello {{nobody}}"));
        Finding f = single(Checks.all(kit.folder()), "unknown-placeholder");
        assertThat(f.language()).isEqualTo("en");
        assertThat(f.key()).isEqualTo("card.c1.headline");
        assertThat(f.message()).contains("{{nobody}}");
    }

    @Test
    void aTranslationThatDropsAPlaceholderIsFlagged() {
        TestKit kit = kit().editJson("texts/es.json", root -> setEn(root, "press.headline", "Noticias"));
        Finding f = single(Checks.all(kit.folder()), "placeholder-mismatch");
        assertThat(f.language()).isEqualTo("es");
        assertThat(f.message()).contains("release_date");
    }

    @Test
    void missingTranslation() {
        TestKit kit = kit().editJson("texts/es.json", root -> ((ObjectNode) root.get("strings")).remove("card.c1.alt"));
        Finding f = single(Checks.all(kit.folder()), "missing-translation");
        assertThat(f).extracting(Finding::language, Finding::key, Finding::file)
                .containsExactly("es", "card.c1.alt", "texts/es.json");
    }

    @Test
    void staleTranslationWhenTheSourceChanged() {
        TestKit kit = kit().editJson("texts/en.json", root -> setEn(root, "message.m1", "{{organization}} says goodbye."));
        Finding f = single(Checks.all(kit.folder()), "stale-translation");
        assertThat(f).extracting(Finding::language, Finding::key).containsExactly("es", "message.m1");
    }

    @Test
    void draftTranslationIsANote() {
        TestKit kit = kit().editJson("texts/es.json", root -> ((ObjectNode) root.get("strings").get("message.m1")).put("status", "draft"));
        assertThat(single(Checks.all(kit.folder()), "draft-translation").severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void aDraftStillHoldingTheCopiedSourceIsMissingNotADraft() {
        TestKit kit = kit().editJson("texts/es.json", root -> ((ObjectNode) root.get("strings")).set("card.c1.headline",
                new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("text", "Hello").put("status", "draft")
                        .put("source", "Hello")));
        List<Finding> findings = Checks.all(kit.folder());
        Finding f = single(findings, "missing-translation");
        assertThat(f).extracting(Finding::language, Finding::key).containsExactly("es", "card.c1.headline");
        assertThat(f.message()).contains("copied");
        assertThat(Checks.withCode(findings, "draft-translation")).isEmpty();
    }

    @Test
    void overLimitNamesLanguageMessagePlatformCountAndLimit() {
        TestKit kit = kit().editJson("texts/es.json", root -> setEn(root, "message.m1", "{{organization}} " + "a".repeat(290)));
        List<Finding> findings = Checks.withCode(Checks.all(kit.folder()), "over-limit");
        assertThat(findings).hasSize(2); // X and Bluesky
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.language()).isEqualTo("es");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("message \"m1\"").contains(" in es");
        });
        assertThat(findings).extracting(Finding::message)
                .anyMatch(m -> m.contains("X") && m.contains("of 280"))
                .anyMatch(m -> m.contains("Bluesky") && m.contains("of 300"));
    }

    @Test
    void chineseCountsDoubleOnXButNotOnBluesky() {
        // 130 ideographs: 130 graphemes on Bluesky, but 260 weighted on X, plus link and hashtag.
        TestKit kit = kit().editJson("texts/es.json", root -> setEn(root, "message.m1", "{{organization}}" + "权".repeat(130)));
        List<Finding> findings = Checks.withCode(Checks.all(kit.folder()), "over-limit");
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.message()).contains("on X"));
    }

    @Test
    void instagramHashtagCap() {
        TestKit kit = kit().editJson("kit.json", root -> {
            ObjectNode m = (ObjectNode) root.withArray("messages").get(0);
            m.putArray("platforms").add("instagram");
            m.putArray("hashtags").add("#a").add("#b").add("#c").add("#d").add("#e").add("#f");
        });
        Finding f = Checks.withCode(Checks.all(kit.folder()), "over-limit").get(0);
        assertThat(f.message()).contains("6 hashtags").contains("allows 5");
    }

    @Test
    void charactersNoFontHasAreMissingGlyphs() {
        TestKit kit = kit().editJson("texts/es.json", root -> setEn(root, "card.c1.headline", "Hola ꦲꦏ꧀ꦱꦫ"));
        Finding f = single(Checks.all(kit.folder()), "missing-glyphs");
        assertThat(f).extracting(Finding::language, Finding::key, Finding::severity)
                .containsExactly("es", "card.c1.headline", Severity.ERROR);
        assertThat(f.message()).contains("U+A9B2");
    }

    @Test
    void aBrandFontThatCoversTheTextSatisfiesIt() throws java.io.IOException {
        // Noto Sans Hebrew stands in for a kit's own font: it is read from the kit and draws what it
        // covers first; the Latin it lacks falls back to the bundled faces.
        byte[] hebrew = org.campaignkit.text.fonts.FontBook.class
                .getResourceAsStream("/org/campaignkit/fonts/NotoSansHebrew-Regular.ttf").readAllBytes();
        TestKit kit = kit().writeBytes("fonts/Brand.ttf", hebrew).editJson("kit.json", root ->
                ((ObjectNode) root.get("brand")).putObject("fonts").put("body", "fonts/Brand.ttf"));
        var load = new org.campaignkit.kit.KitReader().read(kit.folder());
        try (var files = org.campaignkit.kit.source.KitFiles.open(kit.folder())) {
            var book = org.campaignkit.text.fonts.KitFonts.forKit(load.kit(), files);
            assertThat(book.runs("שלום", org.campaignkit.text.fonts.FontRole.BODY, false, false, "he").get(0).face().brand()).isTrue();
            assertThat(book.runs("Hola", org.campaignkit.text.fonts.FontRole.BODY, false, false, "es").get(0).face().brand()).isFalse();
        } catch (org.campaignkit.kit.KitFormatException e) {
            throw new AssertionError(e);
        }
        assertThat(Checks.all(kit.folder())).isEmpty();
    }

    @Test
    void duplicateIds() {
        TestKit kit = kit().editJson("kit.json", root -> root.withArray("messages").add(root.withArray("messages").get(0).deepCopy()));
        Finding f = single(Checks.all(kit.folder()), "duplicate-id");
        assertThat(f.message()).contains("/messages/1/id").contains("\"m1\"");
    }

    @Test
    void missingValueIsAWarningAndASetValueSatisfiesIt() {
        TestKit kit = kit().editJson("kit.json", root -> root.remove("values"));
        Finding f = single(Checks.all(kit.folder()), "missing-value");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.key()).isEqualTo("organization");
        assertThat(Checks.all(kit.folder(), Map.of("organization", "Mine"))).isEmpty();
    }

    @Test
    void valuesMustFitTheirType() {
        List<Finding> findings = Checks.all(kit().folder(), Map.of("release_date", "next Tuesday"));
        assertThat(single(findings, "invalid-value").message()).contains("YYYY-MM-DD");
    }

    @Test
    void unknownCardAndPlatform() {
        TestKit kit = kit().editJson("kit.json", root -> {
            ObjectNode m = (ObjectNode) root.withArray("messages").get(0);
            m.put("card", "nope");
            m.withArray("platforms").add("myspace");
        });
        List<Finding> findings = Checks.all(kit.folder());
        assertThat(single(findings, "unknown-card").severity()).isEqualTo(Severity.ERROR);
        assertThat(single(findings, "unknown-platform").severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void invalidStructureIsReportedWithPointers() {
        TestKit kit = kit().editJson("kit.json", root -> {
            ObjectNode card = (ObjectNode) root.withArray("cards").get(0);
            card.putArray("focus").add(1.5).add(0.5);
            root.withArray("documents").addObject().put("id", "d2").put("type", "memo");
        });
        List<Finding> findings = Checks.withCode(Checks.all(kit.folder()), "invalid-kit");
        assertThat(findings).extracting(Finding::message)
                .anyMatch(m -> m.contains("/cards/0/focus"))
                .anyMatch(m -> m.contains("/documents/1/type") && m.contains("memo"));
    }

    @Test
    void customCardSizesAreReadAndBoundsChecked() {
        TestKit kit = kit().editJson("kit.json", root -> ((ObjectNode) root.withArray("cards").get(0)).putArray("sizes")
                .add("story").add(root.objectNode().put("width", 1500).put("height", 500).put("name", "banner"))
                .add(root.objectNode().put("width", 100000).put("height", 500)));
        List<Finding> findings = Checks.withCode(Checks.all(kit.folder()), "invalid-kit");
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.message()).contains("/cards/0/sizes/2"));
    }

    @Test
    void onlyTheAskedLanguagesAreReported() {
        TestKit kit = kit().editJson("texts/es.json", root -> ((ObjectNode) root.get("strings")).remove("card.c1.alt"));
        var load = new org.campaignkit.kit.KitReader().read(kit.folder());
        try (var files = org.campaignkit.kit.source.KitFiles.open(kit.folder())) {
            List<Finding> onlyEn = new Preflight().check(load, files, org.campaignkit.text.PlatformRules.bundled(),
                    Map.of(), List.of("en"));
            assertThat(onlyEn).isEmpty();
        } catch (org.campaignkit.kit.KitFormatException e) {
            throw new AssertionError(e);
        }
    }
}
