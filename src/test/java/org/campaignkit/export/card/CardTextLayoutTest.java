package org.campaignkit.export.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.campaignkit.text.fonts.FontBook;
import org.campaignkit.text.fonts.FontRole;
import org.campaignkit.text.fonts.FontRun;
import org.junit.jupiter.api.Test;

class CardTextLayoutTest {
    private final FontBook fonts = FontBook.bundled();

    private StyledParagraph headline(String text, String language) {
        List<StyledParagraph> paragraphs = StyledParagraph.of(text, FontRole.HEADING, true, language, fonts);
        assertThat(paragraphs).hasSize(1);
        return paragraphs.get(0);
    }

    private static List<String> lines(LineBreaker.Broken broken, StyledParagraph paragraph) {
        return broken.lines().stream().map(l -> paragraph.text().substring(l.start(), l.end())).toList();
    }

    /** Breaks text into lines and checks that they hold every letter, in order, each line within the width. */
    private LineBreaker.Broken brokenWhole(String text, String language, float size, float width) {
        StyledParagraph paragraph = headline(text, language);
        LineBreaker.Broken broken = LineBreaker.breakLines(paragraph, size, width);
        assertThat(String.join("", lines(broken, paragraph))).isEqualTo(text);
        broken.lines().forEach(line -> assertThat(line.layout().getAdvance()).isLessThanOrEqualTo(width));
        return broken;
    }

    @Test
    void chineseBreaksBetweenIdeographsWithoutSplittingAnything() {
        LineBreaker.Broken broken = brokenWhole("联合国网络犯罪条约必须保护民众而不是让民众陷入危险", "zh-Hans", 60, 400);
        assertThat(broken.tooWide()).isFalse();
        assertThat(broken.lines()).hasSizeGreaterThanOrEqualTo(4);
        // Each full line holds as many ideographs as fit: 400 px of 60 px squares is 6.
        assertThat(broken.lines().get(0).end() - broken.lines().get(0).start()).isEqualTo(6);
    }

    /** Every line the text is broken into at every width from narrow to wide, stripped of spaces. */
    private List<String> linesAtEveryWidth(String text, String language, float size, int narrowest, int widest) {
        StyledParagraph paragraph = headline(text, language);
        List<String> all = new java.util.ArrayList<>();
        for (int width = narrowest; width <= widest; width += 15) {
            lines(LineBreaker.breakLines(paragraph, size, width), paragraph).forEach(line -> all.add(line.strip()));
        }
        return all;
    }

    @Test
    void aChineseLineNeverStartsWithAClosingComma() {
        List<String> lines = linesAtEveryWidth("没有人权保障，就不要这项条约", "zh-Hans", 60, 120, 900);
        assertThat(lines).anyMatch(line -> line.endsWith("，")).noneMatch(line -> line.startsWith("，"));
    }

    @Test
    void spacedScriptsBreakOnlyBetweenWords() {
        for (String[] sample : new String[][] {{"No treaty without human rights safeguards", "en"},
                {"لا معاهدة بلا ضمانات لحقوق الإنسان", "ar"}, {"Никакого договора без гарантий прав человека", "ru"}}) {
            StyledParagraph paragraph = headline(sample[0], sample[1]);
            List<String> words = Arrays.asList(sample[0].split(" "));
            LineBreaker.Broken broken = LineBreaker.breakLines(paragraph, 80, 700);
            assertThat(broken.lines()).as(sample[1]).hasSizeGreaterThan(1);
            for (String line : lines(broken, paragraph)) {
                assertThat(words).as(sample[1]).containsAll(Arrays.asList(line.strip().split(" ")));
            }
        }
    }

    @Test
    void aOneLetterWordStaysWithTheWordAfterIt() {
        List<String> lines = linesAtEveryWidth("Нашим правам в интернете нужен гендерный подход", "ru", 95, 300, 1400);
        assertThat(lines).anyMatch(line -> line.startsWith("в ")).noneMatch(line -> line.endsWith(" в"));
        // Ideographs are one letter each and still break anywhere.
        assertThat(headline("发声不是犯罪", "zh-Hans").lineBreaks()).hasSize(6);
    }

    @Test
    void arabicParagraphsRunRightToLeft() {
        assertThat(headline("لا معاهدة بلا ضمانات", "ar").rightToLeft()).isTrue();
        assertThat(headline("No treaty", "ar").rightToLeft()).as("a Latin line keeps its own direction").isFalse();
        assertThat(headline("No treaty", "en").layout(0, 9, 50).isLeftToRight()).isTrue();
        assertThat(headline("لا معاهدة", "ar").layout(0, 9, 50).isLeftToRight()).isFalse();
    }

    @Test
    void balancedLinesKeepTheLineCountAndEvenTheLengths() {
        StyledParagraph paragraph = headline("Speaking out is not a crime anywhere", "en");
        LineBreaker.Broken greedy = LineBreaker.breakLines(paragraph, 100, 900);
        LineBreaker.Broken balanced = LineBreaker.balanced(paragraph, 100, 900);
        assertThat(balanced.lines()).hasSameSizeAs(greedy.lines());
        assertThat(balanced.widest()).isLessThan(greedy.widest());
        assertThat(spread(balanced)).isLessThan(spread(greedy));
    }

    /** How much longer the longest line is than the shortest. */
    private static float spread(LineBreaker.Broken broken) {
        float shortest = broken.lines().stream().map(l -> l.layout().getAdvance()).min(Float::compare).orElseThrow();
        return broken.widest() - shortest;
    }

    @Test
    void aWordWiderThanTheLineIsSplitBetweenLettersAndNothingIsLost() {
        LineBreaker.Broken broken = brokenWhole("Menschenrechtsschutzverpflichtungsgesetzgebung", "de", 40, 300);
        assertThat(broken.tooWide()).isTrue();
        assertThat(broken.lines()).hasSizeGreaterThan(2);
    }

    @Test
    void aLineBreakInTheTextStartsANewParagraphAndMarkupIsNotDrawn() {
        List<StyledParagraph> paragraphs = StyledParagraph.of("First line\n\n**Second** _line_", FontRole.BODY, false,
                "en", fonts);
        assertThat(paragraphs).extracting(StyledParagraph::text).containsExactly("First line", "Second line");
    }

    @Test
    void aBoldTheFaceLacksIsDrawnEmboldenedNotAsBoxes() {
        // The bundled Traditional Chinese face has no bold: Java2D emboldens it, which makes it wider.
        FontRun run = fonts.runs("國際條約", FontRole.HEADING, true, false, "zh-Hant").get(0);
        assertThat(run.syntheticBold()).isTrue();
        float bold = headline("國際條約", "zh-Hant").layout(0, 4, 100).getAdvance();
        float regular = StyledParagraph.of("國際條約", FontRole.BODY, false, "zh-Hant", fonts).get(0)
                .layout(0, 4, 100).getAdvance();
        assertThat(bold).isGreaterThan(regular);
        assertThat(fonts.uncovered("國際條約", "zh-Hant")).isEmpty();
    }

    @Test
    void aBrandFontThatIsAlreadyBoldIsNotEmboldenedAgain() {
        FontRun bundledBold = fonts.runs("Safeguards", FontRole.HEADING, true, false, "en").get(0);
        FontBook branded = fonts.withBrandFonts(java.util.Map.of(FontRole.HEADING,
                new FontBook.BrandFont("fonts/Brand-Bold.ttf", fonts.fontBytes(bundledBold.face()))));
        FontRun brandRun = branded.runs("Safeguards", FontRole.HEADING, true, false, "en").get(0);
        assertThat(brandRun.face().brand()).isTrue();
        assertThat(brandRun.syntheticBold()).as("the font book cannot know the file is bold").isTrue();
        float brand = StyledParagraph.of("Safeguards", FontRole.HEADING, true, "en", branded).get(0)
                .layout(0, 10, 100).getAdvance();
        float bundled = headline("Safeguards", "en").layout(0, 10, 100).getAdvance();
        assertThat(brand).isEqualTo(bundled);
    }

    @Test
    void theFitterPrefersTwoFullLinesToThreeShortOnes() {
        List<StyledParagraph> text = StyledParagraph.of("Speaking out is not a crime", FontRole.HEADING, true, "en", fonts);
        TextFitter.Limits limits = new TextFitter.Limits(130, 49, 60, 32);
        TextFitter.Fitted fitted = TextFitter.fit(new TextFitter.Request(text, List.of(), 864, 1000, limits, 0.4f, 1080));
        assertThat(fitted.headline().lines()).extracting(TextPart.Line::text)
                .containsExactly("Speaking out", "is not a crime");
        assertThat(fitted.fit().headlineSize()).isGreaterThan(110f);
    }
}
