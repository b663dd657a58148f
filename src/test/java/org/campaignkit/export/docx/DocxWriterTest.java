package org.campaignkit.export.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.campaignkit.export.ExportContext;
import org.campaignkit.export.ExportOptions;
import org.campaignkit.export.OutputKind;
import org.campaignkit.export.PageSize;
import org.campaignkit.export.layout.Alignment;
import org.campaignkit.export.layout.DocumentLayout;
import org.campaignkit.export.layout.DocumentLayoutBuilder;
import org.campaignkit.export.layout.Paragraph;
import org.campaignkit.export.layout.ParagraphStyle;
import org.campaignkit.export.layout.Span;
import org.campaignkit.text.Scripts;
import org.campaignkit.text.TextDirection;
import org.campaignkit.testing.ExportFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

class DocxWriterTest {
    private final ExportFixture bundled = ExportFixture.bundled();
    private final DocxWriter writer = new DocxWriter();

    @AfterEach
    void close() {
        bundled.close();
    }

    private DocumentLayout layout(String language, String documentId, ExportOptions options) {
        return new DocumentLayoutBuilder().build(bundled.context(options), bundled.texts(language, options),
                bundled.kit().document(documentId).orElseThrow());
    }

    private DocumentLayout layout(String language, String documentId) {
        return layout(language, documentId, ExportOptions.defaults(ExportFixture.DATE));
    }

    private byte[] render(DocumentLayout layout, ExportContext context) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.render(layout, context, out);
        return out.toByteArray();
    }

    private byte[] render(DocumentLayout layout) throws IOException {
        return render(layout, bundled.context());
    }

    private static XWPFDocument read(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    private static List<String> texts(XWPFDocument document) {
        return document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    private static List<XWPFRun> runs(XWPFDocument document) {
        List<XWPFRun> runs = new ArrayList<>();
        document.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
        return runs;
    }

    private static CTRPr rPr(XWPFRun run) {
        return run.getCTR().getRPr();
    }

    private static CTStyles styles(XWPFDocument document) throws Exception {
        return document.getStyle();
    }

    private static CTStyle style(XWPFDocument document, String id) throws Exception {
        for (CTStyle style : styles(document).getStyleArray()) {
            if (style.getStyleId().equals(id)) {
                return style;
            }
        }
        throw new AssertionError("no style " + id);
    }

    /** A one-paragraph English document, for what the bundled kit does not show. */
    private static DocumentLayout single(Paragraph paragraph, String logo) {
        return new DocumentLayout("test", OutputKind.DOCUMENT, "Test", "en", TextDirection.LTR, PageSize.A4, logo, "#4B1D78",
                "#111111", List.of(paragraph));
    }

    @Test
    void definesNamedStylesAndEveryParagraphUsesOne() throws Exception {
        DocumentLayout layout = layout("en", "press-release");
        try (XWPFDocument docx = read(render(layout))) {
            List<String> names = new ArrayList<>();
            for (CTStyle style : styles(docx).getStyleArray()) {
                names.add(style.getName().getVal());
            }
            assertThat(names).contains("Normal", "Title", "Subtitle", "heading 1", "Quote", "List Bullet", "Hyperlink",
                    "Release Line", "Dateline", "Attribution", "Contact", "End Mark", "Sender", "Letter Date", "Recipient",
                    "Subject", "Salutation", "Closing", "Signature", "Note", "Post");
            for (ParagraphStyle style : ParagraphStyle.values()) {
                assertThat(docx.getStyles().styleExist(DocxStyles.idOf(style))).as(style.name()).isTrue();
            }
            assertThat(docx.getParagraphs()).extracting(XWPFParagraph::getStyleID).containsExactlyElementsOf(
                    layout.paragraphs().stream().map(p -> DocxStyles.idOf(p.style())).toList());
            assertThat(docx.getParagraphs().get(1).getStyleID()).isEqualTo("Title");
            // Titles and headings wear the brand colour.
            assertThat(style(docx, "Title").getRPr().getColorArray(0).xgetVal().getStringValue()).isEqualTo("4B1D78");
            assertThat(style(docx, "Heading1").getRPr().getColorArray(0).xgetVal().getStringValue()).isEqualTo("4B1D78");
        }
    }

    @Test
    void listItemsAreRealBullets() throws Exception {
        try (XWPFDocument docx = read(render(layout("en", "fact-sheet")))) {
            var numPr = style(docx, "ListBullet").getPPr().getNumPr();
            var level = docx.getNumbering().getAbstractNum(docx.getNumbering().getAbstractNumID(numPr.getNumId().getVal()))
                    .getAbstractNum().getLvlArray(0);
            assertThat(level.getNumFmt().getVal()).isEqualTo(STNumberFormat.BULLET);
            assertThat(level.getLvlText().getVal()).isEqualTo("\u2022");
            assertThat(docx.getParagraphs()).filteredOn(p -> "ListBullet".equals(p.getStyleID())).hasSize(13);
        }
    }

    @Test
    void textComesOutAsLaidOutInEnglishArabicAndChinese() throws Exception {
        for (String language : List.of("en", "ar", "zh-Hans")) {
            for (String document : List.of("press-release", "letter", "fact-sheet")) {
                DocumentLayout layout = layout(language, document);
                try (XWPFDocument docx = read(render(layout))) {
                    assertThat(texts(docx)).as(language + " " + document)
                            .containsExactlyElementsOf(layout.paragraphs().stream().map(Paragraph::plainText).toList());
                }
            }
        }
        try (XWPFDocument zh = read(render(layout("zh-Hans", "press-release")))) {
            assertThat(texts(zh).get(0)).isEqualTo("即时发布");
            assertThat(texts(zh).get(1)).startsWith("公民社会敦促各国");
        }
    }

    @Test
    void arabicParagraphsAndRunsAreMarkedRightToLeft() throws Exception {
        try (XWPFDocument docx = read(render(layout("ar", "press-release")))) {
            assertThat(docx.getParagraphs()).allSatisfy(p -> assertThat(p.getCTP().getPPr().isSetBidi()).isTrue());
            for (XWPFRun run : runs(docx)) {
                boolean arabic = Scripts.namesOf(run.text()).contains("Arab");
                assertThat(rPr(run).sizeOfRtlArray()).as(run.text()).isEqualTo(arabic ? 1 : 0);
                assertThat(rPr(run).getLangArray(0).getBidi()).isEqualTo("ar-EG");
                if (rPr(run).sizeOfBArray() > 0) {
                    assertThat(rPr(run).sizeOfBCsArray()).as("bold Arabic needs w:bCs").isEqualTo(1);
                }
            }
            assertThat(runs(docx)).anySatisfy(r -> assertThat(r.text()).contains("Example Coalition"));
            CTSectPr section = docx.getDocument().getBody().getSectPr();
            assertThat(section.isSetBidi()).isTrue();
            // Word sizes Arabic from w:szCs alone.
            assertThat(style(docx, "Title").getRPr().sizeOfSzCsArray()).isEqualTo(1);
            assertThat(styles(docx).getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0).getCs())
                    .isEqualTo("Noto Sans Arabic");
        }
    }

    @Test
    void aDateAtTheEndOfTheLineIsRightAlignedWhateverTheDirection() throws Exception {
        for (String language : List.of("en", "ar")) {
            try (XWPFDocument docx = read(render(layout(language, "letter")))) {
                XWPFParagraph date = docx.getParagraphs().stream().filter(p -> "LetterDate".equals(p.getStyleID()))
                        .findFirst().orElseThrow();
                // Word reads "right" as the end of the line in a right-to-left paragraph.
                assertThat(date.getCTP().getPPr().getJc().getVal().toString()).as(language).isEqualTo("right");
            }
        }
    }

    @Test
    void chineseRunsGetTheEastAsianFontAndLanguage() throws Exception {
        try (XWPFDocument docx = read(render(layout("zh-Hans", "press-release")))) {
            CTFonts defaults = styles(docx).getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0);
            assertThat(defaults.getEastAsia()).isEqualTo("Noto Sans CJK SC");
            List<XWPFRun> chinese = runs(docx).stream().filter(r -> Scripts.namesOf(r.text()).contains("Hani")).toList();
            assertThat(chinese).hasSizeGreaterThanOrEqualTo(15).allSatisfy(run -> {
                assertThat(rPr(run).getRFontsArray(0).getHint()).isEqualTo(STHint.EAST_ASIA);
                assertThat(rPr(run).getLangArray(0).getEastAsia()).isEqualTo("zh-CN");
            });
        }
    }

    @Test
    void englishRunsCarryTheirLanguage() throws Exception {
        try (XWPFDocument docx = read(render(layout("en", "press-release")))) {
            assertThat(runs(docx)).isNotEmpty().allSatisfy(run -> {
                assertThat(rPr(run).getLangArray(0).getVal()).isEqualTo("en-US");
                assertThat(rPr(run).sizeOfRtlArray()).isZero();
            });
        }
    }

    @Test
    void runsNameAFontOnlyWhereTheFontBookChoseAnother() throws Exception {
        Paragraph mixed = new Paragraph(ParagraphStyle.BODY, TextDirection.LTR, Alignment.START,
                List.of(Span.plain("Safeguards now \uD83D\uDE00 and \u05E9\u05DC\u05D5\u05DD")));
        try (XWPFDocument docx = read(render(single(mixed, null)))) {
            List<XWPFRun> runs = runs(docx);
            // The space after the emoji goes back to the text font: the emoji font's space is 1.3 em wide.
            assertThat(runs).extracting(XWPFRun::text).containsExactly("Safeguards now ", "\uD83D\uDE00", " and ",
                    "\u05E9\u05DC\u05D5\u05DD");
            assertThat(rPr(runs.get(0)).sizeOfRFontsArray()).isZero();
            assertThat(rPr(runs.get(1)).getRFontsArray(0).getAscii()).isEqualTo("Noto Emoji");
            assertThat(rPr(runs.get(3)).getRFontsArray(0).getCs()).isEqualTo("Noto Sans Hebrew");
            assertThat(rPr(runs.get(3)).sizeOfRtlArray()).isEqualTo(1);
        }
    }

    @Test
    void pageSizeFollowsTheLanguageOrTheOptions() throws Exception {
        try (XWPFDocument es = read(render(layout("es", "press-release")));
                XWPFDocument en = read(render(layout("en", "press-release")))) {
            var a4 = es.getDocument().getBody().getSectPr();
            assertThat(a4.getPgSz().getW()).isEqualTo(java.math.BigInteger.valueOf(11906));
            assertThat(a4.getPgSz().getH()).isEqualTo(java.math.BigInteger.valueOf(16838));
            var letter = en.getDocument().getBody().getSectPr();
            assertThat(letter.getPgSz().getW()).isEqualTo(java.math.BigInteger.valueOf(12240));
            assertThat(letter.getPgSz().getH()).isEqualTo(java.math.BigInteger.valueOf(15840));
            assertThat(letter.getPgMar().getTop()).isEqualTo(java.math.BigInteger.valueOf(1440));
            assertThat(letter.getPgMar().getLeft()).isEqualTo(java.math.BigInteger.valueOf(1440));
        }
    }

    @Test
    void linksAreRealHyperlinks() throws Exception {
        try (XWPFDocument docx = read(render(layout("en", "press-release")))) {
            List<XWPFHyperlinkRun> links = runs(docx).stream().filter(XWPFHyperlinkRun.class::isInstance)
                    .map(XWPFHyperlinkRun.class::cast).toList();
            assertThat(links).hasSize(1);
            assertThat(links.get(0).text()).isEqualTo("the campaign page");
            assertThat(links.get(0).getHyperlink(docx).getURL()).isEqualTo("https://example.org/cybercrime-treaty");
            assertThat(rPr(links.get(0)).getRStyleArray(0).getVal()).isEqualTo("Hyperlink");
        }
    }

    @Test
    void anAddressWordCouldNotOpenIsPrintedAsText() throws Exception {
        Paragraph odd = new Paragraph(ParagraphStyle.BODY, TextDirection.LTR, Alignment.START,
                List.of(Span.plain("See "), new Span("this", false, false, "https://example.org/a|b")));
        try (XWPFDocument docx = read(render(single(odd, null)))) {
            assertThat(texts(docx)).containsExactly("See this");
            assertThat(runs(docx)).noneMatch(XWPFHyperlinkRun.class::isInstance);
        }
    }

    @Test
    void charactersXmlCannotHoldDoNotBreakTheFile() throws Exception {
        Paragraph hostile = new Paragraph(ParagraphStyle.BODY, TextDirection.LTR, Alignment.START,
                List.of(Span.plain("bell\u0007 and half a pair \uD83D here")));
        DocumentLayout layout = new DocumentLayout("test", OutputKind.DOCUMENT, "Title\u0000", "en", TextDirection.LTR,
                PageSize.A4, null, "#4B1D78", "#111111", List.of(hostile));
        try (XWPFDocument docx = read(render(layout))) {
            assertThat(texts(docx)).containsExactly("bell and half a pair \uFFFD here");
            assertThat(docx.getProperties().getCoreProperties().getTitle()).isEqualTo("Title");
        }
    }

    @Test
    void everyPageIsNumberedInTheDocumentsLanguage() throws Exception {
        try (XWPFDocument en = read(render(layout("en", "press-release")));
                XWPFDocument ar = read(render(layout("ar", "press-release")))) {
            assertThat(en.getFooterList()).hasSize(2); // the first page has its own, beside the logo's header
            for (XWPFFooter footer : en.getFooterList()) {
                var p = footer.getParagraphs().get(0).getCTP();
                assertThat(p.getFldSimpleList()).extracting(f -> f.getInstr().strip()).containsExactly("PAGE", "NUMPAGES");
                assertThat(footer.getText()).contains("Page ").contains(" of ");
            }
            XWPFParagraph arabic = ar.getFooterList().get(0).getParagraphs().get(0);
            assertThat(arabic.getText()).startsWith("الصفحة ");
            assertThat(arabic.getCTP().getPPr().isSetBidi()).isTrue();
        }
    }

    @Test
    void theLogoSitsAtTheTopOfTheFirstPage() throws Exception {
        byte[] logo = bundled.context().files().read("images/logo.png", 1 << 20);
        try (XWPFDocument docx = read(render(layout("en", "press-release")))) {
            assertThat(docx.getHeaderList()).hasSize(1);
            // The logo is re-encoded (no metadata of the kit's file travels), so compare pixels, not bytes.
            java.awt.image.BufferedImage original = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(logo));
            assertThat(docx.getHeaderList().get(0).getAllPictures()).singleElement().satisfies(picture -> {
                java.awt.image.BufferedImage embedded = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(picture.getData()));
                assertThat(embedded.getWidth()).isEqualTo(original.getWidth());
                assertThat(embedded.getHeight()).isEqualTo(original.getHeight());
                for (int y = 0; y < original.getHeight(); y += 7) {
                    for (int x = 0; x < original.getWidth(); x += 7) {
                        assertThat(embedded.getRGB(x, y)).isEqualTo(original.getRGB(x, y));
                    }
                }
            });
            assertThat(docx.getDocument().getBody().getSectPr().isSetTitlePg()).isTrue();
        }
        Paragraph text = new Paragraph(ParagraphStyle.BODY, TextDirection.LTR, Alignment.START, List.of(Span.plain("No logo")));
        for (String logoPath : new String[] {null, "images/missing.png", "texts/en.json"}) {
            try (XWPFDocument docx = read(render(single(text, logoPath)))) {
                assertThat(docx.getHeaderList()).as(String.valueOf(logoPath)).isEmpty();
                assertThat(docx.getAllPictures()).isEmpty();
                assertThat(docx.getFooterList()).hasSize(1);
            }
        }
    }

    @Test
    void aQuoteRunningAgainstTheDocumentHasItsBarOnItsOwnSide() throws Exception {
        Paragraph arabicQuote = new Paragraph(ParagraphStyle.QUOTE, TextDirection.RTL, Alignment.START,
                List.of(Span.plain("لا معاهدة بلا ضمانات")));
        try (XWPFDocument docx = read(render(single(arabicQuote, null)))) {
            assertThat(style(docx, "Quote").getPPr().getPBdr().getLeft().getVal().toString()).isEqualTo("single");
            var border = docx.getParagraphs().get(0).getCTP().getPPr().getPBdr();
            assertThat(border.getRight().getVal().toString()).isEqualTo("single");
            assertThat(border.getLeft().getVal().toString()).isEqualTo("nil");
        }
        try (XWPFDocument ar = read(render(layout("ar", "press-release")))) {
            assertThat(style(ar, "Quote").getPPr().getPBdr().getRight().getVal().toString()).isEqualTo("single");
        }
    }

    @Test
    void carriesNoPersonalMetadata() throws Exception {
        DocumentLayout layout = layout("en", "press-release");
        byte[] bytes = render(layout);
        try (XWPFDocument docx = read(bytes)) {
            POIXMLProperties.CoreProperties core = docx.getProperties().getCoreProperties();
            assertThat(core.getCreator()).isNullOrEmpty();
            assertThat(core.getLastModifiedByUser()).isNullOrEmpty();
            assertThat(core.getTitle()).isEqualTo(layout.title());
            assertThat(core.getUnderlyingProperties().getLanguageProperty()).hasValue("en");
            Date midnight = Date.from(ExportFixture.DATE.atStartOfDay(ZoneOffset.UTC).toInstant());
            assertThat(core.getCreated()).isEqualTo(midnight);
            assertThat(core.getModified()).isEqualTo(midnight);
            POIXMLProperties.ExtendedProperties app = docx.getProperties().getExtendedProperties();
            assertThat(app.getCompany()).isNull();
            assertThat(app.getManager()).isNull();
            assertThat(app.getTemplate()).isNull();
            assertThat(docx.getProperties().getCustomProperties().getUnderlyingProperties().sizeOfPropertyArray()).isZero();
        }
        String everything = new String(unzipAll(bytes), StandardCharsets.UTF_8);
        String user = System.getProperty("user.name");
        if (user != null && user.length() >= 3) {
            assertThat(everything).doesNotContainIgnoringCase(user);
        }
        assertThat(everything).doesNotContain("Apache POI").doesNotContain("w:rsid");
    }

    @Test
    void theSameLayoutGivesTheSameBytes() throws Exception {
        DocumentLayout layout = layout("ar", "press-release");
        byte[] first = render(layout);
        byte[] second = render(layout("ar", "press-release"));
        assertThat(sha256(second)).isEqualTo(sha256(first));
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
            List<String> names = new ArrayList<>();
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                assertThat(entry.getTimeLocal()).isEqualTo(LocalDateTime.of(2026, 12, 1, 0, 0));
            }
            assertThat(names.get(0)).isEqualTo("[Content_Types].xml");
            assertThat(names.subList(1, names.size())).isSorted();
        }
        ExportOptions later = new ExportOptions(Map.of(), Set.of(), false, LocalDate.of(2027, 1, 5), null, null,
                ExportOptions.ImageFormat.PNG);
        assertThat(sha256(render(layout, bundled.context(later)))).isNotEqualTo(sha256(first));
    }

    @Test
    void writesEveryDocumentOfEveryLanguageOfTheBundledKit() throws Exception {
        for (String language : bundled.kit().languages()) {
            for (var document : bundled.kit().documents()) {
                try (XWPFDocument docx = read(render(layout(language, document.id())))) {
                    assertThat(docx.getParagraphs()).as(language + " " + document.id()).hasSizeGreaterThan(5);
                }
            }
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static byte[] unzipAll(byte[] zip) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                all.write(in.readAllBytes());
            }
        }
        return all.toByteArray();
    }
}
