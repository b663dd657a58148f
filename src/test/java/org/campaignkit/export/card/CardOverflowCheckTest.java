package org.campaignkit.export.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.campaignkit.kit.Finding;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.KitReader;
import org.campaignkit.kit.Severity;
import org.campaignkit.kit.source.KitFiles;
import org.campaignkit.testing.TestKit;
import org.campaignkit.text.fonts.KitFonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CardOverflowCheckTest {
    @TempDir
    Path folder;

    private static List<Finding> check(Path kitFolder, List<String> languages) throws Exception {
        Kit kit = new KitReader().read(kitFolder).kit();
        try (KitFiles files = KitFiles.open(kitFolder)) {
            return CardOverflowCheck.check(kit, files, KitFonts.forKit(kit, files), Map.of(), languages);
        }
    }

    @Test
    void everyCardOfTheBundledKitFitsAtEverySizeInAllSevenLanguages() throws Exception {
        Kit kit = new KitReader().read(TestKit.BUNDLED).kit();
        assertThat(kit.languages()).hasSize(7).contains("ar", "zh-Hans", "ru");
        assertThat(check(TestKit.BUNDLED, kit.languages())).isEmpty();
    }

    @Test
    void textThatCannotFitIsAnErrorNamingTheCardTheSizesAndTheKey() throws Exception {
        TestKit kit = TestKit.create(folder);
        kit.editJson("kit.json", root -> {
            ArrayNode sizes = ((ObjectNode) root.get("cards").get(0)).putArray("sizes");
            sizes.add("instagram-square").add("facebook");
        });
        String absurd = "Hola a todos los que leen esta tarjeta tan larga ".repeat(30);
        kit.editJson("texts/es.json", root -> ((ObjectNode) root.get("strings")).put("card.c1.headline", absurd));

        List<Finding> findings = check(kit.folder(), List.of("en", "es"));
        assertThat(findings).hasSize(1);
        Finding finding = findings.get(0);
        assertThat(finding.code()).isEqualTo("text-overflow");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.language()).isEqualTo("es");
        assertThat(finding.key()).isEqualTo("card.c1.headline");
        assertThat(finding.file()).isEqualTo("texts/es.json");
        assertThat(finding.message()).contains("\"c1\"", "instagram-square (1080 x 1080)", "facebook (1200 x 630)",
                "shorten the headline");
    }

    @Test
    void sourceTextStandingInForAMissingTranslationIsNotReportedAgainForThatLanguage() throws Exception {
        TestKit kit = TestKit.create(folder);
        String absurd = "Hello to everyone reading this very long card ".repeat(30);
        kit.editJson("texts/en.json", root -> ((ObjectNode) root.get("strings")).put("card.c1.headline", absurd));
        kit.editJson("texts/es.json", root -> ((ObjectNode) root.get("strings")).remove("card.c1.headline"));
        assertThat(check(kit.folder(), List.of("en", "es"))).extracting(Finding::language).containsExactly("en");
    }
}
