package org.campaignkit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.campaignkit.kit.json.JsonWriter;
import org.campaignkit.testing.Checks;
import org.campaignkit.testing.TestKit;
import org.junit.jupiter.api.Test;

/** The kit we ship is complete, translated, within limits and in canonical form. */
class BundledKitTest {
    private final KitLoad load = new KitReader().read(TestKit.BUNDLED);
    private final Kit kit = load.kit();

    @Test
    void readsWithoutFindings() {
        assertThat(load.findings()).isEmpty();
        assertThat(kit.languages()).containsExactly("en", "es", "pt-BR", "fr", "ar", "zh-Hans", "ru");
    }

    @Test
    void passesPreflightWithNoErrorsOrWarnings() {
        List<Finding> findings = Checks.all(TestKit.BUNDLED);
        assertThat(findings).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
    }

    @Test
    void everyLanguageHasEveryStringReviewed() {
        Set<String> keys = kit.sourceTexts().entries().keySet();
        for (String language : kit.languages()) {
            Texts texts = kit.textsOf(language).orElseThrow();
            assertThat(texts.entries().keySet()).as(language).containsExactlyInAnyOrderElementsOf(keys);
            if (!language.equals(kit.sourceLanguage())) {
                assertThat(texts.entries().values()).as(language)
                        .allSatisfy(e -> assertThat(e.status()).isEqualTo(Status.REVIEWED));
            }
        }
    }

    @Test
    void hasTheMaterialsTheIssueAsksFor() {
        assertThat(kit.messages()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(kit.messages()).anySatisfy(m -> assertThat(m.variantKeys()).containsKey("x"));
        assertThat(kit.cards()).hasSizeGreaterThanOrEqualTo(4).allSatisfy(c -> assertThat(c.altKey()).isNotNull());
        Document press = kit.documents().stream().filter(d -> d.type() == DocumentType.PRESS_RELEASE).findFirst().orElseThrow();
        assertThat(press.blocks().stream().map(Block::kind).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(BlockKind.class));
        assertThat(kit.documents()).extracting(Document::type)
                .contains(DocumentType.LETTER, DocumentType.DOCUMENT);
        assertThat(kit.variables()).extracting(Variable::name).contains("organization", "city", "release_date",
                "contact_name", "contact_email", "contact_phone", "representative_name", "representative_title");
    }

    @Test
    void filesAreInCanonicalFormSoASaveChangesNothing() throws Exception {
        JsonWriter writer = new JsonWriter();
        for (var e : load.originalTrees().entrySet()) {
            byte[] onDisk = Files.readAllBytes(TestKit.BUNDLED.resolve(e.getKey()));
            assertThat(new String(writer.write(e.getValue()), java.nio.charset.StandardCharsets.UTF_8))
                    .as(e.getKey()).isEqualTo(new String(onDisk, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void carriesAGlossaryInEveryLanguageThatItsTranslationsFollow() {
        Glossary glossary = kit.glossary();
        assertThat(glossary.terms()).extracting(Glossary.Term::id)
                .contains("un", "un-cybercrime-treaty", "human-rights", "safeguards", "hashtag-cybercrime-treaty", "coalition");
        for (Glossary.Term term : glossary.terms()) {
            for (String language : kit.languages()) {
                assertThat(term.in(language, kit.sourceLanguage())).as("%s in %s", term.id(), language).isPresent();
            }
        }
        assertThat(Checks.withCode(Checks.all(TestKit.BUNDLED), "glossary-term")).isEmpty();
    }
}
