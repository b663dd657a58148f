package org.campaignkit.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Map;
import org.campaignkit.kit.Brand;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.KitReader;
import org.campaignkit.kit.source.KitFiles;
import org.campaignkit.testing.TestKit;
import org.campaignkit.text.fonts.FontBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrandFontCacheTest {
    @TempDir
    Path dir;

    @Test
    void textEditsReuseTheFontBookAndABrandChangeRebuildsIt() throws Exception {
        byte[] font = FontBook.class.getResourceAsStream("/org/campaignkit/fonts/NotoSansHebrew-Regular.ttf").readAllBytes();
        TestKit testKit = TestKit.create(dir.resolve("kit")).writeBytes("fonts/Brand.ttf", font).editJson("kit.json", root ->
                ((ObjectNode) root.get("brand")).putObject("fonts").put("body", "fonts/Brand.ttf"));
        Kit kit = new KitReader().read(testKit.folder()).kit();
        BrandFontCache cache = new BrandFontCache();
        try (KitFiles files = KitFiles.open(testKit.folder())) {
            FontBook branded = cache.fontsFor(kit, files);
            assertThat(branded).isNotSameAs(FontBook.bundled());
            Kit edited = kit.withValue("organization", "Otra").withEntry("es", "card.c1.headline",
                    kit.textsOf("es").orElseThrow().entry("card.c1.headline").orElseThrow().withText("Hola otra vez"));
            assertThat(cache.fontsFor(edited, files)).as("a text edit reuses the book").isSameAs(branded);
            Kit withoutFont = new Kit(kit.id(), kit.version(), kit.sourceLanguage(), kit.languages(),
                    new Brand(kit.brand().colors(), Map.of(), kit.brand().logo()), kit.variables(), kit.values(),
                    kit.messages(), kit.cards(), kit.documents(), kit.texts());
            assertThat(cache.fontsFor(withoutFont, files)).as("a brand change rebuilds it").isSameAs(FontBook.bundled());
        }
    }
}
