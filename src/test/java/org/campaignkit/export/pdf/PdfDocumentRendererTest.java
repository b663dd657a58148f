package org.campaignkit.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.campaignkit.export.layout.DocumentLayout;
import org.campaignkit.export.layout.Paragraph;
import org.campaignkit.export.layout.ParagraphStyle;
import org.campaignkit.export.layout.Span;
import org.junit.jupiter.api.Test;

class PdfDocumentRendererTest {
    private final PdfDocumentRenderer renderer = new PdfDocumentRenderer();

    private byte[] render(DocumentLayout layout) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(layout, PdfSamples.context(), out);
        return out.toByteArray();
    }

    @Test
    void embedsASubsetOfEveryFontAndNoStandardFont() throws Exception {
        List<PDFont> fonts = PdfReading.fonts(render(PdfSamples.layout("en", PdfSamples.mixed())));
        assertThat(fonts).isNotEmpty().allSatisfy(f -> {
            assertThat(f.isEmbedded()).as(f.getName()).isTrue();
            assertThat(f.getName()).as("subset prefix").matches("[A-Z]{6}\\+.*");
        });
        assertThat(fonts).extracting(PDFont::getName).noneMatch(n -> n.contains("Helvetica") || n.contains("Times"));
        assertThat(fonts).extracting(f -> f.getName().substring(7))
                .contains("NotoSans-Regular", "NotoSansArabic-Regular", "NotoSansCJKsc-Regular", "NotoSansDevanagari-Regular",
                        "NotoSansHebrew-Regular", "NotoEmoji-Regular");
    }

    @Test
    void copiedTextComesOutInLogicalOrder() throws Exception {
        String text = PdfReading.text(render(PdfSamples.layout("en", PdfSamples.mixed())));
        assertThat(text).contains("Civil society urges states not to adopt a")
                .contains("Example Coalition warns that the office text lacks")
                .contains("بعد ثلاث سنوات من المفاوضات في الأمم المتحدة، تقترب الحكومات")
                .contains("تحذّر من أن النص الحالي يفتقر إلى ضمانات حقوق الإنسان")
                .contains("一项本应让人们在网上更安全的条约")
                .contains("and Hebrew").contains("Ελλάδα").contains("договор");
        assertThat(text.codePoints().filter(cp -> cp >= 0xFB50 && cp <= 0xFEFF))
                .as("no Arabic presentation forms in the text layer").isEmpty();
    }

    @Test
    void shapedClustersCarryTheirLettersAsActualText() throws Exception {
        byte[] pdf = render(PdfSamples.layout("en", PdfSamples.mixed()));
        List<String> actual = PdfReading.actualTexts(pdf);
        assertThat(actual).as("Arabic joined forms and the lam-alef ligature").contains("لا", "م", "ة");
        // Devanagari: the vowel sign i is drawn before its consonant, and sa + virama becomes a half
        // form; their clusters keep the letters in logical order.
        assertThat(actual).anyMatch(t -> t.contains("नि")).anyMatch(t -> t.contains("स्"));
        assertThat(actual).allSatisfy(t -> assertThat(t.codePoints().filter(cp -> cp >= 0xFB50 && cp <= 0xFEFF)).isEmpty());
    }

    @Test
    void sameLayoutAndDateGiveTheSameBytes() throws Exception {
        DocumentLayout layout = PdfSamples.layout("ar", PdfSamples.mixed());
        assertThat(render(layout)).isEqualTo(render(layout));
    }

    @Test
    void propertiesCarryTitleLanguageAndDateButNoPerson() throws Exception {
        try (PDDocument doc = Loader.loadPDF(render(PdfSamples.layout("ar", PdfSamples.mixed())))) {
            var info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Sample title ar");
            assertThat(info.getAuthor()).isNull();
            assertThat(info.getCreator()).isEqualTo("Campaign Kit Composer");
            assertThat(info.getProducer()).isEqualTo("Campaign Kit Composer");
            Calendar created = info.getCreationDate();
            assertThat(created.get(Calendar.YEAR)).isEqualTo(2026);
            assertThat(created.get(Calendar.MONTH)).isEqualTo(Calendar.DECEMBER);
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("ar");
            assertThat(doc.getDocumentCatalog().getViewerPreferences().getReadingDirection()).isEqualTo("R2L");
        }
    }

    @Test
    void longDocumentsGetNumberedPages() throws Exception {
        List<Paragraph> many = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.add(PdfSamples.para(ParagraphStyle.BODY, "en", Span.plain("Paragraph " + i
                    + ": the treaty must protect people, not expose them to surveillance without safeguards.")));
        }
        byte[] pdf = render(PdfSamples.layout("en", many));
        int pages = PdfReading.pages(pdf);
        assertThat(pages).isGreaterThan(1);
        String text = PdfReading.text(pdf);
        assertThat(text).contains("Page 1 of " + pages).contains("Page " + pages + " of " + pages);
        assertThat(text).contains("Paragraph 0:").contains("Paragraph 59:");
    }

    @Test
    void linksAreClickable() throws Exception {
        try (PDDocument doc = Loader.loadPDF(render(PdfSamples.layout("en", PdfSamples.mixed())))) {
            var links = doc.getPage(0).getAnnotations().stream().filter(a -> a instanceof PDAnnotationLink)
                    .map(a -> ((PDActionURI) ((PDAnnotationLink) a).getAction()).getURI()).toList();
            assertThat(links).containsExactly("https://example.org/cybercrime-treaty");
        }
    }

    @Test
    void aWordWiderThanTheLineIsBrokenNotLost() throws Exception {
        String url = "https://example.org/" + "very-long-path-segment/".repeat(12);
        byte[] pdf = render(PdfSamples.layout("en", List.of(PdfSamples.para(ParagraphStyle.BODY, "en", Span.plain(url)))));
        assertThat(PdfReading.text(pdf).replaceAll("\\s", "")).contains(url);
    }
}
