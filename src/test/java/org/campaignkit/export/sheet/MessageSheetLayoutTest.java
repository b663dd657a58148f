package org.campaignkit.export.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campaignkit.export.ExportOptions;
import org.campaignkit.export.OutputKind;
import org.campaignkit.export.PageSize;
import org.campaignkit.export.layout.DocumentLayout;
import org.campaignkit.export.layout.Paragraph;
import org.campaignkit.export.layout.ParagraphStyle;
import org.campaignkit.export.layout.Span;
import org.campaignkit.testing.ExportFixture;
import org.campaignkit.testing.TestKit;
import org.campaignkit.text.TextDirection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessageSheetLayoutTest {
    private static final LocalDate DATE = LocalDate.of(2026, 12, 1);

    @Test
    void laysOutATitleThenHeadingPostAndNotesForEveryPost() {
        try (ExportFixture fx = ExportFixture.bundled(DATE)) {
            MessageSheet sheet = MessageSheet.of(fx.context(), fx.texts("en"));
            DocumentLayout layout = layout(fx, "en");

            assertThat(layout.id()).isEqualTo("messages");
            assertThat(layout.kind()).isEqualTo(OutputKind.MESSAGE_SHEET);
            assertThat(layout.title()).isEqualTo("Social media messages — English");
            assertThat(layout.language()).isEqualTo("en");
            assertThat(layout.direction()).isEqualTo(TextDirection.LTR);
            assertThat(layout.page()).isEqualTo(PageSize.LETTER);
            assertThat(layout.accentColor()).isEqualTo("#4B1D78");
            assertThat(layout.inkColor()).isEqualTo("#111111");
            assertThat(layout.logo()).isEqualTo("images/logo.png");

            List<Paragraph> ps = layout.paragraphs();
            assertThat(ps.get(0).style()).isEqualTo(ParagraphStyle.TITLE);
            assertThat(ps.get(0).plainText()).isEqualTo(layout.title());
            MessageRow first = sheet.rows().get(0);
            assertThat(ps.subList(1, 6)).extracting(Paragraph::style).containsExactly(ParagraphStyle.HEADING,
                    ParagraphStyle.POST, ParagraphStyle.NOTE, ParagraphStyle.NOTE, ParagraphStyle.NOTE);
            assertThat(ps.get(1).plainText()).isEqualTo("no-blank-cheque / X");
            assertThat(ps.get(2).plainText()).isEqualTo(first.post()).contains("\n\n");
            assertThat(ps.get(3).plainText()).isEqualTo("X: " + first.count() + " / 280");
            assertThat(ps.get(4).plainText()).isEqualTo("Card: cards/safeguards-x.png");
            assertThat(ps.get(5).plainText()).isEqualTo("Alt text: " + first.altText());
            // Every post appears once, in sheet order.
            assertThat(ps.stream().filter(p -> p.style() == ParagraphStyle.POST).map(Paragraph::plainText).toList())
                    .isEqualTo(sheet.rows().stream().map(MessageRow::post).toList());
        }
    }

    @Test
    void theLinkInAPostIsARealLink() {
        try (ExportFixture fx = ExportFixture.bundled(DATE)) {
            MessageRow row = MessageSheet.of(fx.context(), fx.texts("en")).rows().get(0);
            List<Span> spans = MessageSheetLayout.postSpans(row);
            assertThat(spans).hasSize(3);
            assertThat(spans.get(1)).isEqualTo(new Span(row.link(), false, false, row.link()));
            assertThat(spans.get(0).link()).isNull();
            assertThat(spans.get(2).text()).startsWith("\n\n#");
        }
    }

    @Test
    void anArabicSheetReadsRightToLeftInArabic() {
        try (ExportFixture fx = ExportFixture.bundled(DATE)) {
            DocumentLayout layout = layout(fx, "ar");
            assertThat(layout.title()).isEqualTo("رسائل وسائل التواصل الاجتماعي — العربية");
            assertThat(layout.direction()).isEqualTo(TextDirection.RTL);
            assertThat(layout.page()).isEqualTo(PageSize.A4);
            // Posts, headings and notes all start with Arabic words, so each paragraph runs right to left.
            assertThat(layout.paragraphs()).allSatisfy(p -> assertThat(p.direction()).as(p.plainText())
                    .isEqualTo(TextDirection.RTL));
            assertThat(layout.paragraphs().get(1).plainText()).isEqualTo("الرسالة no-blank-cheque / X");
            assertThat(layout.paragraphs().get(4).plainText()).isEqualTo("البطاقة: cards/safeguards-x.png");
        }
    }

    @Test
    void aChineseSheetIsInChinese() {
        try (ExportFixture fx = ExportFixture.bundled(DATE)) {
            DocumentLayout layout = layout(fx, "zh-Hans");
            assertThat(layout.title()).isEqualTo("社交媒体帖文——中文（简体）");
            assertThat(layout.paragraphs()).allSatisfy(p -> assertThat(p.direction()).isEqualTo(TextDirection.LTR));
            String zh = fx.kit().textsOf("zh-Hans").orElseThrow().text("message.no-blank-cheque").orElseThrow();
            assertThat(layout.paragraphs().get(2).plainText()).startsWith(zh);
            assertThat(layout.paragraphs().get(5).plainText()).startsWith("替代文字：");
        }
    }

    @Test
    void anOverLimitPostSaysByHowMuch(@TempDir Path dir) {
        TestKit kit = TestKit.create(dir);
        kit.write("texts/en.json", kit.read("texts/en.json").replace("{{organization}} says hello.", "word ".repeat(60)));
        try (ExportFixture fx = ExportFixture.open(kit.folder(), ExportOptions.defaults(DATE))) {
            MessageRow x = MessageSheet.of(fx.context(), fx.texts("en")).rows().get(0);
            String note = layout(fx, "en").paragraphs().get(3).plainText();
            assertThat(note).isEqualTo("X: " + x.count() + " / 280 — " + (x.count() - 280) + " over the limit");
        }
    }

    @Test
    void thePersonsPaperSizeWins() {
        ExportOptions letter = new ExportOptions(Map.of(), Set.of(), false, DATE, PageSize.LETTER, null,
                ExportOptions.ImageFormat.PNG);
        try (ExportFixture fx = ExportFixture.open(TestKit.BUNDLED, letter)) {
            assertThat(layout(fx, "ar").page()).isEqualTo(PageSize.LETTER);
        }
    }

    @Test
    void notesForTooManyHashtagsAndAPlatformWithoutRules() {
        MessageRow tags = new MessageRow("m", "instagram", "Instagram", "#a #b #c #d #e #f", "", 17, 2200, 6, 5, null,
                null, null, null);
        MessageRow unknown = new MessageRow("m", "pixelfed", "pixelfed", "hi", "", 2, 0, 0, 0, null, null, null, null);
        SheetWords en = SheetWords.forLanguage("en");
        assertThat(MessageSheetLayout.countLine(unknown, en)).isEqualTo("pixelfed: 2");
        try (ExportFixture fx = ExportFixture.bundled(DATE)) {
            DocumentLayout layout = MessageSheetLayout.of(new MessageSheet("en", TextDirection.LTR, false,
                    List.of(tags, unknown)), fx.context());
            assertThat(layout.paragraphs()).extracting(Paragraph::plainText).containsExactly(layout.title(),
                    "m / Instagram", "#a #b #c #d #e #f", "Instagram: 17 / 2200", "6 hashtags; Instagram allows 5",
                    "m / pixelfed", "hi", "pixelfed: 2");
        }
    }

    private static DocumentLayout layout(ExportFixture fx, String language) {
        return MessageSheetLayout.of(MessageSheet.of(fx.context(), fx.texts(language)), fx.context());
    }
}
