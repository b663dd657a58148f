package org.campaignkit.export.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.ReadingOrder;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.campaignkit.export.PageSize;
import org.campaignkit.export.office.OfficeProperties;
import org.campaignkit.export.office.ReproducibleZip;
import org.campaignkit.text.Scripts;
import org.campaignkit.text.TextDirection;

/**
 * The message sheet as an Excel workbook for people who plan in spreadsheets: the columns of the
 * CSV plus count and limit, a bold header row that stays in view, wrapped text, a right-to-left
 * sheet for Arabic, over-limit counts in red, no author in the file properties, and the same bytes
 * for the same input.
 */
public final class MessagesXlsx {
    /** Excel's limit for the text of one cell. */
    static final int MAX_CELL_TEXT = 32_767;
    private static final String ELLIPSIS = "…";
    private static final String[] COLUMNS = {"column.message", "column.platform", "column.language", "column.post",
        "column.link", "column.image", "column.alt", "column.count", "column.limit", "column.over"};
    /** Column widths in characters, in the order of COLUMNS. */
    private static final int[] WIDTHS = {22, 12, 10, 60, 34, 40, 50, 10, 10, 12};
    private static final int COUNT_COLUMN = 7;
    /** The height of one line of the default 11-point font, and Excel's tallest row, in points. */
    private static final float LINE_POINTS = 15f;
    private static final float MAX_ROW_POINTS = 409f;

    private MessagesXlsx() {
    }

    public static byte[] write(MessageSheet sheet, PageSize page, LocalDate date) throws IOException {
        SheetWords words = SheetWords.forLanguage(sheet.language());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook, sheet.direction() == TextDirection.RTL);
            XSSFSheet table = workbook.createSheet(WorkbookUtil.createSafeSheetName(words.get("sheet.name")));
            table.setRightToLeft(sheet.direction() == TextDirection.RTL);
            Row header = table.createRow(0);
            for (int c = 0; c < COLUMNS.length; c++) {
                header.createCell(c).setCellValue(words.get(COLUMNS[c]));
                header.getCell(c).setCellStyle(styles.header);
                table.setColumnWidth(c, WIDTHS[c] * 256);
            }
            int r = 1;
            for (MessageRow row : sheet.rows()) {
                Row line = table.createRow(r++);
                List<String> values = Arrays.asList(row.messageId(), row.platformName(), sheet.language(),
                        row.post(), row.link(), row.cardFile(), row.altText());
                int lines = 1;
                for (int c = 0; c < values.size(); c++) {
                    String value = values.get(c) == null ? null : fit(values.get(c));
                    text(line, c, value, sheet.language(), styles);
                    if (value != null) {
                        lines = Math.max(lines, WrappedLines.count(value, WIDTHS[c], sheet.language()));
                    }
                }
                line.setHeightInPoints(Math.min(MAX_ROW_POINTS, lines * LINE_POINTS + 2));
                number(line, COUNT_COLUMN, row.count(), row.overLimit() ? styles.over : styles.number);
                if (row.hasLimit()) {
                    number(line, COUNT_COLUMN + 1, row.limit(), styles.number);
                }
                // Said in a column of its own, not by colour alone, and easy to filter on.
                if (row.overLimit()) {
                    number(line, COUNT_COLUMN + 2, row.count() - row.limit(), styles.over);
                }
            }
            table.createFreezePane(0, 1);
            table.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, COLUMNS.length - 1));
            print(table, page);
            OfficeProperties.apply(workbook, words.title(), sheet.language(), date);
            workbook.write(bytes);
        }
        return ReproducibleZip.rewrite(bytes.toByteArray(), date);
    }

    /**
     * A text cell. Text that a spreadsheet would take for a formula gets the "quote prefix" style, the
     * workbook's own way of saying "text", so it shows unchanged and stays text even when edited.
     * Right-to-left text says so: LibreOffice would otherwise lay an Arabic post out left to right.
     */
    private static void text(Row row, int column, String value, String language, Styles styles) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.text(Scripts.direction(value, language) == TextDirection.RTL,
                FormulaGuard.looksLikeFormula(value)));
    }

    private static void number(Row row, int column, int value, XSSFCellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** Text cut to what one cell holds; a post or alt text that long is a mistake, but must not stop the export. */
    static String fit(String value) {
        if (value.length() <= MAX_CELL_TEXT) {
            return value;
        }
        int end = MAX_CELL_TEXT - ELLIPSIS.length();
        if (Character.isLowSurrogate(value.charAt(end))) {
            end--;
        }
        return value.substring(0, end) + ELLIPSIS;
    }

    /** Landscape, one page wide, with grid lines, the header row on every page, on the language's paper. */
    private static void print(XSSFSheet table, PageSize page) {
        table.setFitToPage(true);
        table.setPrintGridlines(true);
        table.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        PrintSetup setup = table.getPrintSetup();
        setup.setLandscape(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        setup.setPaperSize(page == PageSize.LETTER ? PrintSetup.LETTER_PAPERSIZE : PrintSetup.A4_PAPERSIZE);
    }

    /** The few cell styles of the sheet, made once per workbook. */
    private static final class Styles {
        final XSSFCellStyle header;
        /** Text styles by [right to left][quote prefix]. */
        final XSSFCellStyle[][] texts = new XSSFCellStyle[2][2];
        final XSSFCellStyle number;
        final XSSFCellStyle over;

        /**
         * In a right-to-left sheet every text hugs the right edge of its column, Latin links and file
         * names too; left-aligned, they would run into the Arabic text of the column to their left.
         */
        Styles(XSSFWorkbook workbook, boolean rightToLeftSheet) {
            HorizontalAlignment start = rightToLeftSheet ? HorizontalAlignment.RIGHT : HorizontalAlignment.GENERAL;
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setAlignment(start);
            header.setBorderBottom(BorderStyle.THIN);
            header.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xEE, (byte) 0xEE, (byte) 0xEE}));
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            for (int rtl = 0; rtl < 2; rtl++) {
                for (int asText = 0; asText < 2; asText++) {
                    XSSFCellStyle style = workbook.createCellStyle();
                    style.setWrapText(true);
                    style.setVerticalAlignment(VerticalAlignment.TOP);
                    style.setAlignment(start);
                    style.setReadingOrder(rtl == 1 ? ReadingOrder.RIGHT_TO_LEFT : ReadingOrder.CONTEXT);
                    style.setQuotePrefixed(asText == 1);
                    texts[rtl][asText] = style;
                }
            }
            number = workbook.createCellStyle();
            number.setVerticalAlignment(VerticalAlignment.TOP);
            XSSFFont red = workbook.createFont();
            red.setBold(true);
            red.setColor(new XSSFColor(new byte[] {(byte) 0x9C, 0x00, 0x06}));
            over = workbook.createCellStyle();
            over.cloneStyleFrom(number);
            over.setFont(red);
            over.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE}));
            over.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }

        XSSFCellStyle text(boolean rightToLeft, boolean quotePrefixed) {
            return texts[rightToLeft ? 1 : 0][quotePrefixed ? 1 : 0];
        }
    }
}
