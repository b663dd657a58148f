package org.campaignkit.export.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.ReadingOrder;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.campaignkit.export.PageSize;
import org.campaignkit.export.office.OfficeProperties;
import org.campaignkit.testing.ExportFixture;
import org.campaignkit.text.TextDirection;
import org.junit.jupiter.api.Test;

class MessagesXlsxTest {
    /** A date long before any test run, so a clock time in the file cannot pass for it. */
    private static final LocalDate DATE = LocalDate.of(2021, 3, 4);

    @Test
    void holdsABoldFrozenHeaderAndOneRowPerPost() throws IOException {
        try (ExportFixture fx = ExportFixture.bundled(DATE)) {
            MessageSheet sheet = MessageSheet.of(fx.context(), fx.texts("en"));
            try (XSSFWorkbook book = read(MessagesXlsx.write(sheet, PageSize.LETTER, DATE))) {
                assertThat(book.getNumberOfSheets()).isEqualTo(1);
                XSSFSheet table = book.getSheetAt(0);
                assertThat(table.getSheetName()).isEqualTo("Messages");
                XSSFRow header = table.getRow(0);
                assertThat(texts(header)).containsExactly("Message", "Platform", "Language", "Post", "Link", "Image",
                        "Alt text", "Count", "Limit", "Too long by");
                assertThat(header.getCell(0).getCellStyle().getFont().getBold()).isTrue();
                assertThat(table.getPaneInformation().isFreezePane()).isTrue();
                assertThat(table.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
                assertThat(table.getLastRowNum()).isEqualTo(sheet.rows().size());
                assertThat(table.isRightToLeft()).isFalse();

                for (int i = 0; i < sheet.rows().size(); i++) {
                    MessageRow expected = sheet.rows().get(i);
                    XSSFRow row = table.getRow(i + 1);
                    assertThat(texts(row).subList(0, 7)).containsExactly(expected.messageId(), expected.platformName(),
                            "en", expected.post(), expected.link(), expected.cardFile(), expected.altText());
                    assertThat(row.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(expected.count());
                    assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(expected.limit());
                    assertThat(row.getCell(9)).as("nothing is too long in the bundled kit").isNull();
                    assertThat(row.getCell(3).getCellStyle().getWrapText()).isTrue();
                    assertThat(row.getCell(4).getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.GENERAL);
                    assertThat(row.getCell(7).getCellStyle().getFont().getBold()).isFalse();
                    // A post of several lines gets a row tall enough to show them, not the default single line.
                    assertThat(row.getHeightInPoints()).isGreaterThanOrEqualTo(15f * 5);
                }
                // The post column is the widest: it holds the longest text.
                assertThat(table.getColumnWidth(3)).isGreaterThan(table.getColumnWidth(0) * 2);
                assertThat(table.getPrintSetup().getLandscape()).isTrue();
                assertThat(table.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.LETTER_PAPERSIZE);
                assertThat(table.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
            }
        }
    }

    @Test
    void anArabicSheetRunsRightToLeftWithArabicHeadersAndTextIntact() throws IOException {
        try (ExportFixture fx = ExportFixture.bundled(DATE); XSSFWorkbook book = workbook(fx, "ar")) {
            XSSFSheet table = book.getSheetAt(0);
            assertThat(table.isRightToLeft()).isTrue();
            assertThat(table.getSheetName()).isEqualTo("الرسائل");
            assertThat(table.getRow(0).getCell(3).getStringCellValue()).isEqualTo("المنشور");
            String text = fx.kit().textsOf("ar").orElseThrow().text("message.no-blank-cheque").orElseThrow();
            assertThat(table.getRow(1).getCell(3).getStringCellValue()).startsWith(text);
            // Arabic cells read right to left (LibreOffice would not guess); the Latin id is left as it is.
            assertThat(table.getRow(1).getCell(3).getCellStyle().getReadingOrder()).isEqualTo(ReadingOrder.RIGHT_TO_LEFT);
            assertThat(table.getRow(1).getCell(0).getCellStyle().getReadingOrder()).isEqualTo(ReadingOrder.CONTEXT);
            // ...but sits at the right of its column like everything in a right-to-left sheet.
            assertThat(table.getRow(1).getCell(4).getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.RIGHT);
            assertThat(table.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        }
    }

    @Test
    void chineseTextIsIntact() throws IOException {
        try (ExportFixture fx = ExportFixture.bundled(DATE); XSSFWorkbook book = workbook(fx, "zh-Hans")) {
            XSSFSheet table = book.getSheetAt(0);
            assertThat(table.isRightToLeft()).isFalse();
            assertThat(table.getRow(0).getCell(3).getStringCellValue()).isEqualTo("帖文");
            String alt = fx.kit().textsOf("zh-Hans").orElseThrow().text("card.safeguards.alt").orElseThrow();
            assertThat(table.getRow(1).getCell(6).getStringCellValue()).isEqualTo(alt);
        }
    }

    @Test
    void carriesNoAuthorAndOnlyTheExportDate() throws IOException {
        try (ExportFixture fx = ExportFixture.bundled(DATE)) {
            byte[] bytes = MessagesXlsx.write(MessageSheet.of(fx.context(), fx.texts("en")), PageSize.A4, DATE);
            try (XSSFWorkbook book = read(bytes)) {
                POIXMLProperties.CoreProperties core = book.getProperties().getCoreProperties();
                assertThat(core.getCreator()).isNullOrEmpty();
                assertThat(core.getLastModifiedByUser()).isNullOrEmpty();
                Date midnight = Date.from(DATE.atStartOfDay(ZoneOffset.UTC).toInstant());
                assertThat(core.getCreated()).isEqualTo(midnight);
                assertThat(core.getModified()).isEqualTo(midnight);
                assertThat(core.getTitle()).isEqualTo("Social media messages — English");
                assertThat(core.getUnderlyingProperties().getLanguageProperty()).hasValue("en");
                POIXMLProperties.ExtendedProperties app = book.getProperties().getExtendedProperties();
                assertThat(app.getApplication()).isEqualTo(OfficeProperties.APPLICATION);
                assertThat(app.getCompany()).isNull();
            }
            // Every zip entry carries the export date, not the time the file was written.
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                int entries = 0;
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(DATE.atStartOfDay());
                    entries++;
                }
                assertThat(entries).isGreaterThan(5);
            }
        }
    }

    @Test
    void theSameSheetGivesTheSameBytes() throws Exception {
        try (ExportFixture fx = ExportFixture.bundled(DATE)) {
            byte[] first = MessagesXlsx.write(MessageSheet.of(fx.context(), fx.texts("ar")), PageSize.A4, DATE);
            Thread.sleep(2100); // zip times have two-second steps: make sure the clock moved on
            byte[] second = MessagesXlsx.write(MessageSheet.of(fx.context(), fx.texts("ar")), PageSize.A4, DATE);
            assertThat(second).isEqualTo(first);
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysTextAndReadsUnchanged() throws IOException {
        List<MessageRow> rows = List.of(
                new MessageRow("m", "x", "X", "=HYPERLINK(\"http://evil\")", "", 20, 280, 0, 0, null, null, null, "@alt"),
                new MessageRow("n", "x", "X", "+1 for rights", "", 13, 280, 0, 0, null, null, null, "plain alt"));
        try (XSSFWorkbook book = read(MessagesXlsx.write(new MessageSheet("en", TextDirection.LTR, false, rows),
                PageSize.A4, DATE))) {
            XSSFSheet table = book.getSheetAt(0);
            XSSFCell formula = table.getRow(1).getCell(3);
            assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil\")");
            assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(table.getRow(1).getCell(6).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(table.getRow(2).getCell(3).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(table.getRow(2).getCell(6).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void anOverLimitCountStandsOutAndAPlatformWithoutRulesHasNoLimit() throws IOException {
        List<MessageRow> rows = List.of(
                new MessageRow("m", "x", "X", "long", "", 300, 280, 0, 0, null, null, null, null),
                new MessageRow("m", "pixelfed", "pixelfed", "post", "", 4, 0, 0, 0, null, null, null, null));
        try (XSSFWorkbook book = read(MessagesXlsx.write(new MessageSheet("en", TextDirection.LTR, false, rows),
                PageSize.A4, DATE))) {
            XSSFSheet table = book.getSheetAt(0);
            assertThat(table.getRow(1).getCell(7).getCellStyle().getFont().getBold()).isTrue();
            assertThat(table.getRow(1).getCell(9).getNumericCellValue()).isEqualTo(20);
            assertThat(table.getRow(2).getCell(7).getCellStyle().getFont().getBold()).isFalse();
            assertThat(table.getRow(2).getCell(8)).isNull();
            assertThat(table.getRow(2).getCell(9)).isNull();
        }
    }

    @Test
    void textLongerThanACellHoldsIsShortenedNotRefused() {
        String huge = "a".repeat(MessagesXlsx.MAX_CELL_TEXT + 10);
        String fitted = MessagesXlsx.fit(huge);
        assertThat(fitted).hasSize(MessagesXlsx.MAX_CELL_TEXT).endsWith("…").startsWith("aaa");
        // One letter, then emoji (two chars each): the cut falls inside an emoji and must not split it.
        String emoji = MessagesXlsx.fit("a" + "😀".repeat(MessagesXlsx.MAX_CELL_TEXT));
        assertThat(emoji.length()).isLessThanOrEqualTo(MessagesXlsx.MAX_CELL_TEXT);
        assertThat(emoji.codePoints().filter(cp -> cp >= 0xD800 && cp <= 0xDFFF)).as("lone surrogates").isEmpty();
        assertThat(MessagesXlsx.fit("short")).isEqualTo("short");
    }

    private static List<String> texts(XSSFRow row) {
        List<String> out = new java.util.ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            XSSFCell cell = row.getCell(c);
            out.add(cell == null ? null : cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : cell.toString());
        }
        return out;
    }

    /** The bundled kit's sheet in a language, on A4, written and read back. */
    private static XSSFWorkbook workbook(ExportFixture fx, String language) throws IOException {
        return read(MessagesXlsx.write(MessageSheet.of(fx.context(), fx.texts(language)), PageSize.A4, DATE));
    }

    private static XSSFWorkbook read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }
}
