package org.campaignkit.export.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.campaignkit.export.layout.ParagraphStyle.ATTRIBUTION;
import static org.campaignkit.export.layout.ParagraphStyle.BODY;
import static org.campaignkit.export.layout.ParagraphStyle.CLOSING;
import static org.campaignkit.export.layout.ParagraphStyle.CONTACT;
import static org.campaignkit.export.layout.ParagraphStyle.DATE;
import static org.campaignkit.export.layout.ParagraphStyle.DATELINE;
import static org.campaignkit.export.layout.ParagraphStyle.END_MARK;
import static org.campaignkit.export.layout.ParagraphStyle.HEADING;
import static org.campaignkit.export.layout.ParagraphStyle.LIST_BULLET;
import static org.campaignkit.export.layout.ParagraphStyle.QUOTE;
import static org.campaignkit.export.layout.ParagraphStyle.RECIPIENT;
import static org.campaignkit.export.layout.ParagraphStyle.RELEASE_LINE;
import static org.campaignkit.export.layout.ParagraphStyle.SALUTATION;
import static org.campaignkit.export.layout.ParagraphStyle.SENDER;
import static org.campaignkit.export.layout.ParagraphStyle.SIGNATURE;
import static org.campaignkit.export.layout.ParagraphStyle.SUBJECT;
import static org.campaignkit.export.layout.ParagraphStyle.SUBTITLE;
import static org.campaignkit.export.layout.ParagraphStyle.TITLE;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campaignkit.export.ExportOptions;
import org.campaignkit.export.LocalizedTexts;
import org.campaignkit.export.MissingTranslationException;
import org.campaignkit.export.OutputKind;
import org.campaignkit.export.PageSize;
import org.campaignkit.kit.Block;
import org.campaignkit.kit.BlockKind;
import org.campaignkit.kit.Brand;
import org.campaignkit.kit.Document;
import org.campaignkit.kit.DocumentType;
import org.campaignkit.kit.Entry;
import org.campaignkit.text.TextDirection;
import org.campaignkit.testing.ExportFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DocumentLayoutBuilderTest {
    private static final String LRM = "\u200E";
    private static final String RLM = "\u200F";

    private final ExportFixture bundled = ExportFixture.bundled();
    private final DocumentLayoutBuilder builder = new DocumentLayoutBuilder();

    @AfterEach
    void close() {
        bundled.close();
    }

    private DocumentLayout layout(ExportFixture fixture, String language, String documentId, ExportOptions options) {
        LocalizedTexts texts = fixture.texts(language, options);
        return builder.build(fixture.context(options), texts, fixture.kit().document(documentId).orElseThrow());
    }

    private DocumentLayout layout(String language, String documentId) {
        return layout(bundled, language, documentId, ExportOptions.defaults(ExportFixture.DATE));
    }

    private static List<ParagraphStyle> styles(DocumentLayout layout) {
        return layout.paragraphs().stream().map(Paragraph::style).toList();
    }

    private static Paragraph first(DocumentLayout layout, ParagraphStyle style) {
        return layout.paragraphs().stream().filter(p -> p.style() == style).findFirst().orElseThrow();
    }

    private static ExportOptions options(String embargo, PageSize page) {
        return new ExportOptions(Map.of(), Set.of(), false, ExportFixture.DATE, page, embargo, ExportOptions.ImageFormat.PNG);
    }

    @Test
    void pressReleaseHasItsConventionsAroundTheBlocks() {
        DocumentLayout en = layout("en", "press-release");
        assertThat(styles(en)).containsExactly(RELEASE_LINE, TITLE, SUBTITLE, DATELINE, BODY, BODY, BODY, QUOTE, ATTRIBUTION,
                LIST_BULLET, LIST_BULLET, LIST_BULLET, LIST_BULLET, BODY, HEADING, BODY, CONTACT, END_MARK);
        List<String> texts = en.paragraphs().stream().map(Paragraph::plainText).toList();
        assertThat(texts.get(0)).isEqualTo("FOR IMMEDIATE RELEASE");
        assertThat(texts.get(1)).isEqualTo("Civil society urges states not to adopt a cybercrime treaty that endangers human rights");
        assertThat(texts.get(3)).isEqualTo("Geneva, December 1, 2026");
        assertThat(texts.get(5)).startsWith("The draft covers far more").doesNotContain("The risks are highest");
        assertThat(texts.get(6)).startsWith("The risks are highest"); // a blank line starts a new paragraph
        assertThat(texts.get(7)).startsWith("\u201CA treaty that is supposed").endsWith("must use it.\u201D");
        assertThat(texts.get(8)).isEqualTo("— Alex Example, Example Coalition");
        assertThat(texts.get(9)).isEqualTo("Limit the treaty to crimes that genuinely target computer systems and data");
        assertThat(texts.get(14)).isEqualTo("About Example Coalition");
        assertThat(texts.get(16)).isEqualTo("Media contact: Alex Example\nE-mail: press@example.org\nPhone: +41 22 000 00 00");
        assertThat(texts.get(17)).isEqualTo("###");
        assertThat(en.paragraphs().get(17).alignment()).isEqualTo(Alignment.CENTER);
        assertThat(en.paragraphs().get(0).alignment()).isEqualTo(Alignment.START);
        assertThat(en.paragraphs()).allSatisfy(p -> assertThat(p.direction()).isEqualTo(TextDirection.LTR));
    }

    @Test
    void inlineMarkupBecomesSpans() {
        DocumentLayout en = layout("en", "press-release");
        Paragraph lede = en.paragraphs().get(4);
        assertThat(lede.spans()).filteredOn(Span::bold).extracting(Span::text).containsExactly("Example Coalition");
        assertThat(lede.plainText()).doesNotContain("**");
        Paragraph body = en.paragraphs().get(5);
        assertThat(body.spans()).filteredOn(Span::italic).extracting(Span::text).containsExactly("gender perspective");
        Paragraph closing = en.paragraphs().get(13);
        assertThat(closing.spans()).filteredOn(s -> s.link() != null)
                .containsExactly(new Span("the campaign page", false, false, "https://example.org/cybercrime-treaty"));
    }

    @Test
    void layoutCarriesWhatTheWritersNeed() {
        DocumentLayout en = layout("en", "press-release");
        assertThat(en.id()).isEqualTo("press-release");
        assertThat(en.kind()).isEqualTo(OutputKind.PRESS_RELEASE);
        assertThat(en.title()).isEqualTo("Press release: civil society urges safeguards in the UN cybercrime treaty");
        assertThat(en.language()).isEqualTo("en");
        assertThat(en.direction()).isEqualTo(TextDirection.LTR);
        assertThat(en.page()).isEqualTo(PageSize.LETTER);
        assertThat(en.logo()).isEqualTo("images/logo.png");
        assertThat(en.accentColor()).isEqualTo("#4B1D78");
        assertThat(en.inkColor()).isEqualTo("#111111");
        assertThat(en.pageNumbering().format(1, 2)).isEqualTo("Page 1 of 2");

        assertThat(layout("es", "press-release").page()).isEqualTo(PageSize.A4);
        assertThat(layout("ar", "press-release").direction()).isEqualTo(TextDirection.RTL);
        assertThat(layout("ar", "press-release").pageNumbering().format(1, 2)).isEqualTo("الصفحة 1 من 2");
        assertThat(layout(bundled, "en", "letter", options(null, PageSize.A4)).page()).isEqualTo(PageSize.A4);
        assertThat(layout("en", "fact-sheet").kind()).isEqualTo(OutputKind.DOCUMENT);
        assertThat(layout("en", "letter").kind()).isEqualTo(OutputKind.LETTER);
    }

    @Test
    void anEmbargoReplacesImmediateReleaseWithTheDateInTheLanguage() {
        assertThat(layout(bundled, "en", "press-release", options("2026-12-03", null)).paragraphs().get(0).plainText())
                .isEqualTo("EMBARGOED UNTIL December 3, 2026");
        assertThat(layout(bundled, "es", "press-release", options("2026-12-03", null)).paragraphs().get(0).plainText())
                .isEqualTo("EMBARGADO HASTA EL 3 de diciembre de 2026");
        assertThat(layout(bundled, "en", "press-release", options("3 December, 09:00 CET", null)).paragraphs().get(0)
                .plainText()).isEqualTo("EMBARGOED UNTIL 3 December, 09:00 CET");
        Paragraph arabic = layout(bundled, "ar", "press-release", options("09:00 CET", null)).paragraphs().get(0);
        assertThat(arabic.direction()).isEqualTo(TextDirection.RTL);
        assertThat(arabic.plainText()).isEqualTo("يُحظر النشر قبل " + LRM + "09:00 CET" + RLM);
    }

    @Test
    void arabicRunsRightToLeftEvenWhereAValueIsEnglish() {
        DocumentLayout ar = layout("ar", "press-release");
        assertThat(ar.paragraphs()).allSatisfy(p -> assertThat(p.direction()).as(p.plainText()).isEqualTo(TextDirection.RTL));
        assertThat(ar.paragraphs().get(0).plainText()).isEqualTo("للنشر الفوري");
        // "{{city}}، {{release_date}}": the city is set off so the date's numbers stay on the Arabic side.
        assertThat(first(ar, DATELINE).plainText()).isEqualTo(LRM + "Geneva" + RLM + "، 1 ديسمبر 2026");
        assertThat(first(ar, ATTRIBUTION).plainText())
                .isEqualTo("— " + LRM + "Alex Example" + RLM + "، " + LRM + "Example Coalition" + RLM);
        assertThat(first(ar, CONTACT).plainText()).contains("الهاتف: " + LRM + "+41 22 000 00 00" + RLM);
        assertThat(first(ar, QUOTE).plainText()).startsWith("\u201D").endsWith("\u201C");
    }

    @Test
    void chineseUsesItsOwnConventions() {
        DocumentLayout zh = layout("zh-Hans", "press-release");
        assertThat(zh.paragraphs().get(0).plainText()).isEqualTo("即时发布");
        assertThat(first(zh, ATTRIBUTION).plainText()).isEqualTo("——Alex Example，Example Coalition");
        assertThat(first(zh, QUOTE).plainText()).startsWith("\u201C一项本应").endsWith("\u201D");
        assertThat(first(zh, DATELINE).plainText()).isEqualTo("Geneva，2026年12月1日");
        assertThat(zh.page()).isEqualTo(PageSize.A4);
    }

    @Test
    void frenchGuillemetsHaveNoBreakSpaces() {
        String quote = first(layout("fr", "press-release"), QUOTE).plainText();
        assertThat(quote).startsWith("«\u00A0Un traité").endsWith("profiter.\u00A0»");
    }

    @Test
    void letterHasSenderDateRecipientSubjectAndSignature() {
        DocumentLayout en = layout("en", "letter");
        assertThat(styles(en)).containsExactly(SENDER, DATE, RECIPIENT, SUBJECT, SALUTATION, BODY, BODY, LIST_BULLET,
                LIST_BULLET, LIST_BULLET, LIST_BULLET, BODY, CLOSING, SIGNATURE);
        assertThat(first(en, SENDER).plainText())
                .isEqualTo("Example Coalition\nGeneva\nE-mail: press@example.org\nTel.: +41 22 000 00 00");
        assertThat(first(en, SENDER).spans().get(0)).isEqualTo(new Span("Example Coalition", true, false, null));
        assertThat(first(en, DATE).plainText()).isEqualTo("December 1, 2026");
        assertThat(first(en, DATE).alignment()).isEqualTo(Alignment.END);
        assertThat(first(en, RECIPIENT).plainText()).isEqualTo("Jo Example\nMember of Parliament");
        assertThat(first(en, SUBJECT).plainText())
                .isEqualTo("Subject: Please demand human rights safeguards in the UN cybercrime treaty");
        assertThat(first(en, SALUTATION).plainText()).isEqualTo("Dear Jo Example,");
        assertThat(first(en, CLOSING).plainText()).isEqualTo("Yours sincerely,");
        assertThat(first(en, SIGNATURE).plainText()).isEqualTo("Alex Example\nExample Coalition");
        assertThat(en.title()).isEqualTo("Letter to a representative about the UN cybercrime treaty");

        DocumentLayout ar = layout("ar", "letter");
        assertThat(first(ar, DATE).plainText()).isEqualTo("1 ديسمبر 2026");
        assertThat(first(ar, SIGNATURE).direction()).isEqualTo(TextDirection.RTL);
        assertThat(first(ar, SENDER).plainText()).contains("الهاتف: " + LRM + "+41 22 000 00 00" + RLM);
        assertThat(first(layout("fr", "letter"), SUBJECT).plainText()).startsWith("Objet\u00A0: ");
    }

    @Test
    void missingOptionalValuesAreLeftOut() {
        try (ExportFixture sparse = bundled.withKit(k -> k.withValue("contact_phone", null)
                .withValue("representative_title", null).withValue("city", null))) {
            ExportOptions options = ExportOptions.defaults(ExportFixture.DATE);
            DocumentLayout letter = layout(sparse, "en", "letter", options);
            assertThat(first(letter, SENDER).plainText()).isEqualTo("Example Coalition\nE-mail: press@example.org");
            assertThat(first(letter, RECIPIENT).plainText()).isEqualTo("Jo Example");
            DocumentLayout release = layout(sparse, "en", "press-release", options);
            // The optional phone line goes; a required value nobody set stays visible rather than vanish.
            assertThat(first(release, CONTACT).plainText()).isEqualTo("Media contact: Alex Example\nE-mail: press@example.org");
            assertThat(first(release, DATELINE).plainText()).isEqualTo("{{city}}, December 1, 2026");
        }
        try (ExportFixture noRecipient = bundled.withKit(k -> k.withValue("representative_name", null)
                .withValue("representative_title", null))) {
            assertThat(styles(layout(noRecipient, "en", "letter", ExportOptions.defaults(ExportFixture.DATE))))
                    .doesNotContain(RECIPIENT).contains(SENDER, DATE, SUBJECT);
        }
    }

    @Test
    void aPlainDocumentIsJustItsBlocks() {
        DocumentLayout facts = layout("en", "fact-sheet");
        assertThat(styles(facts)).startsWith(TITLE, BODY, HEADING, LIST_BULLET).endsWith(CONTACT)
                .doesNotContain(RELEASE_LINE, END_MARK, SENDER, SIGNATURE);
        assertThat(facts.title()).isEqualTo("Fact sheet: the UN cybercrime treaty");
    }

    @Test
    void withoutATitleKeyTheFirstHeadlineNamesTheDocument() {
        Document untitled = new Document("note", DocumentType.DOCUMENT, null, null, null, null,
                List.of(new Block(BlockKind.PARAGRAPH, "facts.intro", null), new Block(BlockKind.HEADLINE, "facts.headline", null)));
        try (ExportFixture fixture = bundled.withKit(ExportFixture.withDocuments(List.of(untitled)))) {
            DocumentLayout note = layout(fixture, "en", "note", ExportOptions.defaults(ExportFixture.DATE));
            assertThat(note.title()).isEqualTo("The UN cybercrime treaty: what is at stake");
            assertThat(layout(fixture, "ar", "note", ExportOptions.defaults(ExportFixture.DATE)).title())
                    .isEqualTo(bundled.kit().textsOf("ar").orElseThrow().text("facts.headline").orElseThrow());
        }
    }

    @Test
    void quotationMarksAreNotAddedTwice() {
        try (ExportFixture fixture = bundled.withKit(k -> k.withEntry("en", "press.quote1", Entry.plain("\u201CAlready quoted.\u201D")))) {
            assertThat(first(layout(fixture, "en", "press-release", ExportOptions.defaults(ExportFixture.DATE)), QUOTE).plainText())
                    .isEqualTo("\u201CAlready quoted.\u201D");
        }
    }

    @Test
    void brandColoursFallBackInOrder() {
        ExportOptions options = ExportOptions.defaults(ExportFixture.DATE);
        try (ExportFixture accentOnly = bundled.withKit(ExportFixture.withBrand(
                new Brand(Map.of("primary", "not a colour", "accent", "#f5b700"), Map.of(), null)))) {
            DocumentLayout layout = layout(accentOnly, "en", "fact-sheet", options);
            assertThat(layout.accentColor()).isEqualTo("#F5B700");
            assertThat(layout.inkColor()).isEqualTo("#111111");
            assertThat(layout.logo()).isNull();
        }
        try (ExportFixture plain = bundled.withKit(ExportFixture.withBrand(new Brand(Map.of("ink", "#222222"), Map.of(), null)))) {
            DocumentLayout layout = layout(plain, "en", "fact-sheet", options);
            assertThat(layout.accentColor()).isEqualTo("#222222");
            assertThat(layout.inkColor()).isEqualTo("#222222");
        }
    }

    @Test
    void aMissingTranslationStopsTheLayoutUnlessFallbackIsAllowed() {
        try (ExportFixture fixture = bundled.withKit(ExportFixture.withoutEntry("es", "press.quote1.by"))) {
            assertThatThrownBy(() -> layout(fixture, "es", "press-release", ExportOptions.defaults(ExportFixture.DATE)))
                    .isInstanceOf(MissingTranslationException.class).hasMessageContaining("press.quote1.by");

            ExportOptions allow = new ExportOptions(Map.of(), Set.of(), true, ExportFixture.DATE, null, null,
                    ExportOptions.ImageFormat.PNG);
            LocalizedTexts texts = fixture.texts("es", allow).forFile();
            DocumentLayout layout = builder.build(fixture.context(allow), texts, fixture.kit().document("press-release").orElseThrow());
            assertThat(texts.usedFallback()).isTrue();
            assertThat(first(layout, ATTRIBUTION).plainText()).isEqualTo("— Alex Example, Example Coalition");
            assertThat(first(layout, TITLE).plainText()).startsWith("La sociedad civil");
        }
    }

    @Test
    void englishSourceStandingInForArabicRunsLeftToRight() {
        ExportOptions allow = new ExportOptions(Map.of(), Set.of(), true, ExportFixture.DATE, null, null,
                ExportOptions.ImageFormat.PNG);
        try (ExportFixture fixture = bundled.withKit(ExportFixture.withoutEntry("ar", "press.about"))) {
            DocumentLayout ar = layout(fixture, "ar", "press-release", allow);
            Paragraph about = ar.paragraphs().get(ar.paragraphs().indexOf(first(ar, HEADING)) + 1);
            assertThat(about.plainText()).startsWith("Example Coalition works with partners");
            assertThat(about.direction()).isEqualTo(TextDirection.LTR);
            assertThat(first(ar, HEADING).direction()).isEqualTo(TextDirection.RTL);
        }
    }
}
