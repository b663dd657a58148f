package org.campaignkit.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.campaignkit.kit.Finding;
import org.campaignkit.kit.Severity;
import org.campaignkit.testing.Checks;
import org.campaignkit.testing.TestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryTermRuleTest {
    private static final String GLOSSARY = """
            { "terms": [
              { "id": "un", "term": { "en": ["UN", "United Nations"], "es": ["ONU", "Naciones Unidas"], "zh-Hans": "联合国", "ar": "الأمم المتحدة" } },
              { "id": "tag", "term": { "en": "#CybercrimeTreaty" }, "doNotTranslate": true },
              { "id": "rights", "term": { "en": "human rights", "es": "derechos humanos" } }
            ] }
            """;

    @TempDir
    Path dir;

    /** The test kit with zh-Hans and ar added, a glossary, and one card headline per language. */
    private TestKit kit(String en, String es, String zh, String ar) {
        TestKit kit = TestKit.create(dir.resolve("kit")).write("glossary.json", GLOSSARY)
                .editJson("kit.json", root -> root.withArray("languages").add("zh-Hans").add("ar"));
        for (String lang : List.of("zh-Hans", "ar")) {
            kit.write("texts/" + lang + ".json", kit.read("texts/es.json").replace("\"language\": \"es\"",
                    "\"language\": \"" + lang + "\""));
        }
        setHeadline(kit, "en", en);
        setHeadline(kit, "es", es);
        setHeadline(kit, "zh-Hans", zh);
        setHeadline(kit, "ar", ar);
        return kit;
    }

    private static void setHeadline(TestKit kit, String lang, String text) {
        kit.editJson("texts/" + lang + ".json", root -> ((ObjectNode) root.get("strings")).put("card.c1.headline", text));
    }

    private static List<Finding> glossaryFindings(TestKit kit) {
        return Checks.withCode(Checks.all(kit.folder()), "glossary-term");
    }

    @Test
    void aTranslationUsingTheTermsPasses() {
        TestKit kit = kit("The UN must protect human rights #CybercrimeTreaty",
                "La ONU debe proteger los derechos humanos #CybercrimeTreaty",
                "联合国必须保护人权 #CybercrimeTreaty", "على الأمم المتحدة حماية حقوق الإنسان #CybercrimeTreaty");
        assertThat(glossaryFindings(kit)).isEmpty();
    }

    @Test
    void aMissingTermIsWarnedWithLanguageKeyAndBothTerms() {
        TestKit kit = kit("The United Nations must act", "Las Naciones Unidas deben actuar",
                "国际组织必须行动", "على الأمم المتحدة أن تتحرك");
        Finding f = Checks.first(glossaryFindings(kit), "glossary-term");
        assertThat(glossaryFindings(kit)).hasSize(1);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.language()).isEqualTo("zh-Hans");
        assertThat(f.key()).isEqualTo("card.c1.headline");
        assertThat(f.file()).isEqualTo("texts/zh-Hans.json");
        assertThat(f.message()).contains("\"United Nations\"").contains("\"联合国\"").contains("zh-Hans");
    }

    @Test
    void anyAcceptedFormCountsAndCaseDoesNotMatter() {
        TestKit kit = kit("the un and HUMAN RIGHTS", "Las naciones unidas y los Derechos Humanos", "联合国", "الأمم المتحدة");
        assertThat(glossaryFindings(kit)).isEmpty();
    }

    @Test
    void aDoNotTranslateTermMustStayAsItIs() {
        TestKit kit = kit("Share #CybercrimeTreaty", "Comparte #TratadoCibercrimen", "分享 #CybercrimeTreaty",
                "شاركوا #cybercrimetreaty");
        List<Finding> findings = glossaryFindings(kit);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.language()).isEqualTo("es");
            assertThat(f.message()).contains("keep \"#CybercrimeTreaty\"");
        });
    }

    @Test
    void wordsInsideOtherWordsAndHashtagsAreNotTerms() {
        TestKit kit = kit("An unusual #HumanRights day", "Un día inusual", "不寻常的一天", "يوم غير عادي");
        assertThat(glossaryFindings(kit)).isEmpty();
    }

    @Test
    void chineseWithoutSpacesIsFoundInTheTarget() {
        TestKit kit = kit("A UN treaty", "Un tratado de la ONU", "一项联合国条约", "معاهدة الأمم المتحدة");
        assertThat(glossaryFindings(kit)).isEmpty();
    }

    @Test
    void aLanguageTheGlossaryDoesNotCoverIsNotWarned() {
        TestKit kit = kit("Human rights now", "Derechos humanos ya", "立即维护权利", "حقوق الآن");
        assertThat(glossaryFindings(kit)).isEmpty();
    }

    @Test
    void anUntranslatedCopyIsLeftToMissingTranslation() {
        TestKit kit = kit("The UN acts", "La ONU actúa", "联合国行动", "الأمم المتحدة تتحرك");
        kit.editJson("texts/ar.json", root -> ((ObjectNode) root.get("strings")).putObject("card.c1.headline")
                .put("text", "The UN acts").put("status", "draft"));
        List<Finding> all = Checks.all(kit.folder());
        assertThat(Checks.withCode(all, "glossary-term")).isEmpty();
        assertThat(Checks.withCode(all, "missing-translation")).extracting(Finding::language).contains("ar");
    }
}
