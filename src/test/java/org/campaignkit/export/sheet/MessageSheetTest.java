package org.campaignkit.export.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campaignkit.export.ExportOptions;
import org.campaignkit.export.MissingTranslationException;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.Message;
import org.campaignkit.testing.ExportFixture;
import org.campaignkit.testing.TestKit;
import org.campaignkit.text.Platform;
import org.campaignkit.text.PlatformRules;
import org.campaignkit.text.PostComposer;
import org.campaignkit.text.Scripts;
import org.campaignkit.text.TextDirection;
import org.campaignkit.text.ValueFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessageSheetTest {
    private static final LocalDate DATE = LocalDate.of(2026, 12, 1);

    @Test
    void hasOneRowPerMessageAndPlatformInKitOrderForEveryLanguage() {
        try (ExportFixture fx = ExportFixture.bundled(DATE)) {
            List<String> expected = new ArrayList<>();
            for (Message m : fx.kit().messages()) {
                m.platforms().forEach(p -> expected.add(m.id() + "/" + p));
            }
            int total = fx.kit().messages().stream().mapToInt(m -> m.platforms().size()).sum();
            assertThat(total).isEqualTo(48);
            for (String language : fx.kit().languages()) {
                MessageSheet sheet = MessageSheet.of(fx.context(), fx.texts(language));
                assertThat(sheet.rows()).hasSize(total);
                assertThat(sheet.rows()).extracting(r -> r.messageId() + "/" + r.platformId()).isEqualTo(expected);
                assertThat(sheet.language()).isEqualTo(language);
                assertThat(sheet.fallback()).isFalse();
            }
        }
    }

    @Test
    void postsAreExactlyWhatPostComposerPublishes() {
        try (ExportFixture fx = ExportFixture.bundled(DATE)) {
            Kit kit = fx.kit();
            PlatformRules rules = PlatformRules.bundled();
            for (String language : List.of("en", "ar", "zh-Hans", "ru")) {
                Map<String, String> values = ValueFormatter.values(kit, Map.of(), language);
                MessageSheet sheet = MessageSheet.of(fx.context(), fx.texts(language));
                for (MessageRow row : sheet.rows()) {
                    Message message = kit.message(row.messageId()).orElseThrow();
                    Platform platform = rules.platform(row.platformId()).orElseThrow();
                    String raw = kit.textsOf(language).orElseThrow().text(message.textKeyFor(row.platformId())).orElseThrow();
                    String expected = PostComposer.compose(message, platform, raw, values);
                    assertThat(row.post()).as(language + " " + row.messageId() + " on " + row.platformId())
                            .isEqualTo(expected);
                    assertThat(row.count()).isEqualTo(platform.count(expected));
                    assertThat(row.limit()).isEqualTo(platform.limit());
                    assertThat(row.platformName()).isEqualTo(platform.name());
                    assertThat(row.hashtags()).isEqualTo(PostComposer.hashtagCount(expected));
                    assertThat(row.overLimit()).isFalse();
                    assertThat(row.link()).isEqualTo(message.link());
                }
            }
        }
    }

    @Test
    void theXVariantIsUsedOnXAndTheMainTextElsewhere() {
        try (ExportFixture fx = ExportFixture.bundled(DATE)) {
            MessageSheet sheet = MessageSheet.of(fx.context(), fx.texts("en"));
            String shortText = fx.kit().sourceTexts().text("message.safeguards-first.x").orElseThrow();
            String longText = fx.kit().sourceTexts().text("message.safeguards-first").orElseThrow();
            assertThat(row(sheet, "safeguards-first", "x").post()).startsWith(shortText).doesNotContain(longText);
            assertThat(row(sheet, "safeguards-first", "bluesky").post()).startsWith(longText);
        }
    }

    @Test
    void arabicAndChineseTextComeThroughIntact() {
        try (ExportFixture fx = ExportFixture.bundled(DATE)) {
            MessageSheet ar = MessageSheet.of(fx.context(), fx.texts("ar"));
            String arText = fx.kit().textsOf("ar").orElseThrow().text("message.no-blank-cheque").orElseThrow();
            assertThat(row(ar, "no-blank-cheque", "bluesky").post()).startsWith(arText);
            assertThat(Scripts.namesOf(arText)).contains("Arab");
            assertThat(ar.direction()).isEqualTo(TextDirection.RTL);
            String arAlt = fx.kit().textsOf("ar").orElseThrow().text("card.safeguards.alt").orElseThrow();
            assertThat(row(ar, "no-blank-cheque", "x").altText()).isEqualTo(arAlt);

            MessageSheet zh = MessageSheet.of(fx.context(), fx.texts("zh-Hans"));
            String zhText = fx.kit().textsOf("zh-Hans").orElseThrow().text("message.no-blank-cheque").orElseThrow();
            assertThat(row(zh, "no-blank-cheque", "mastodon").post()).startsWith(zhText);
            assertThat(Scripts.namesOf(zhText)).contains("Hani");
            assertThat(zh.direction()).isEqualTo(TextDirection.LTR);
        }
    }

    @Test
    void theLinkIsLeftOutOfThePostWithoutLinkOnly() {
        try (ExportFixture fx = ExportFixture.bundled(DATE)) {
            MessageRow row = row(MessageSheet.of(fx.context(), fx.texts("en")), "no-blank-cheque", "x");
            assertThat(row.post()).contains(row.link());
            assertThat(row.postWithoutLink()).doesNotContain(row.link())
                    .isEqualTo(row.post().replace("\n\n" + row.link(), ""));
        }
    }

    @Test
    void picksTheCardImageOfEachPlatformsShape() {
        try (ExportFixture fx = ExportFixture.bundled(DATE)) {
            MessageSheet sheet = MessageSheet.of(fx.context(), fx.texts("en"));
            assertThat(row(sheet, "no-blank-cheque", "x").cardFile()).isEqualTo("cards/safeguards-x.png");
            assertThat(row(sheet, "no-blank-cheque", "mastodon").cardFile()).isEqualTo("cards/safeguards-bluesky.png");
            assertThat(row(sheet, "no-blank-cheque", "instagram").cardFile()).isEqualTo("cards/safeguards-instagram-square.png");
            assertThat(row(sheet, "no-blank-cheque", "threads").cardFile()).isEqualTo("cards/safeguards-instagram-square.png");
            assertThat(row(sheet, "no-blank-cheque", "linkedin").cardFile()).isEqualTo("cards/safeguards-linkedin.png");
            // The gender card has no 16:9 size: the 1.91:1 Facebook image is the nearest shape for X.
            assertThat(row(sheet, "gender-lens", "x").cardFile()).isEqualTo("cards/gender-facebook.png");
            // The surveillance card has no Facebook or LinkedIn size, but the same-shaped Open Graph one.
            assertThat(row(sheet, "surveillance-sharing", "facebook").cardFile()).isEqualTo("cards/surveillance-og.png");
            assertThat(row(sheet, "surveillance-sharing", "linkedin").cardFile()).isEqualTo("cards/surveillance-og.png");
            assertThat(row(sheet, "no-blank-cheque", "x").cardId()).isEqualTo("safeguards");
        }
    }

    @Test
    void aCardWithoutAnyFittingSizeUsesItsFirstAndJpegCardsEndInJpg(@TempDir Path dir) {
        TestKit kit = TestKit.create(dir);
        ExportOptions jpeg = new ExportOptions(Map.of(), Set.of(), false, DATE, null, null, ExportOptions.ImageFormat.JPEG);
        try (ExportFixture fx = ExportFixture.open(kit.folder(), jpeg)) {
            MessageSheet sheet = MessageSheet.of(fx.context(), fx.texts("en"));
            // Card c1 has only instagram-square; X prefers 16:9 shapes, none of which it has.
            assertThat(row(sheet, "m1", "x").cardFile()).isEqualTo("cards/c1-instagram-square.jpg");
            assertThat(row(sheet, "m1", "x").altText()).isEqualTo("A card that says hello");
        }
    }

    @Test
    void flagsAPostOverItsPlatformsLimit(@TempDir Path dir) {
        TestKit kit = TestKit.create(dir);
        kit.write("texts/en.json", kit.read("texts/en.json").replace("{{organization}} says hello.", "word ".repeat(60)));
        try (ExportFixture fx = ExportFixture.open(kit.folder(), ExportOptions.defaults(DATE))) {
            MessageSheet sheet = MessageSheet.of(fx.context(), fx.texts("en"));
            MessageRow x = row(sheet, "m1", "x");
            assertThat(x.limit()).isEqualTo(280);
            assertThat(x.count()).isGreaterThan(280);
            assertThat(x.overLimit()).isTrue();
            MessageRow bluesky = row(sheet, "m1", "bluesky");
            assertThat(bluesky.count()).isGreaterThan(300);
            assertThat(bluesky.overLimit()).isTrue();
        }
        kit.write("texts/en.json", kit.read("texts/en.json").replace("word ".repeat(60), "Short."));
        try (ExportFixture fx = ExportFixture.open(kit.folder(), ExportOptions.defaults(DATE))) {
            assertThat(row(MessageSheet.of(fx.context(), fx.texts("en")), "m1", "x").overLimit()).isFalse();
        }
    }

    @Test
    void aPlatformWithoutRulesGetsARowWithoutALimit(@TempDir Path dir) {
        TestKit kit = TestKit.create(dir).editJson("kit.json", root -> ((ObjectNode) root.withArray("messages").get(0))
                .withArray("platforms").add("pixelfed"));
        try (ExportFixture fx = ExportFixture.open(kit.folder(), ExportOptions.defaults(DATE))) {
            MessageRow row = row(MessageSheet.of(fx.context(), fx.texts("en")), "m1", "pixelfed");
            assertThat(row.platformName()).isEqualTo("pixelfed");
            assertThat(row.hasLimit()).isFalse();
            assertThat(row.overLimit()).isFalse();
            assertThat(row.count()).isEqualTo(row.post().codePointCount(0, row.post().length()));
        }
    }

    @Test
    void recordsWhenSourceTextStoodInForAMissingTranslation(@TempDir Path dir) {
        TestKit kit = TestKit.create(dir).editJson("texts/es.json", root -> root.withObject("strings").remove("message.m1"));
        ExportOptions allow = new ExportOptions(Map.of(), Set.of(), true, DATE, null, null, ExportOptions.ImageFormat.PNG);
        try (ExportFixture fx = ExportFixture.open(kit.folder(), allow)) {
            MessageSheet es = MessageSheet.of(fx.context(), fx.texts("es"));
            assertThat(es.fallback()).isTrue();
            assertThat(row(es, "m1", "x").post()).startsWith("Test Org says hello.");
            assertThat(MessageSheet.of(fx.context(), fx.texts("en")).fallback()).isFalse();
        }
        try (ExportFixture fx = ExportFixture.open(kit.folder(), ExportOptions.defaults(DATE))) {
            assertThatThrownBy(() -> MessageSheet.of(fx.context(), fx.texts("es")))
                    .isInstanceOf(MissingTranslationException.class).hasMessageContaining("message.m1");
        }
    }

    @Test
    void valuesThePersonSetAreFilledIn(@TempDir Path dir) {
        TestKit kit = TestKit.create(dir);
        ExportOptions options = new ExportOptions(Map.of("organization", "Coalición Sur"), Set.of(), false, DATE, null,
                null, ExportOptions.ImageFormat.PNG);
        try (ExportFixture fx = ExportFixture.open(kit.folder(), options)) {
            assertThat(row(MessageSheet.of(fx.context(), fx.texts("es")), "m1", "x").post())
                    .startsWith("Coalición Sur saluda.");
        }
    }

    static MessageRow row(MessageSheet sheet, String message, String platform) {
        return sheet.rows().stream().filter(r -> r.messageId().equals(message) && r.platformId().equals(platform))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + message + "/" + platform));
    }
}
