package org.campaignkit.export.sheet;

/**
 * Keeps text from running as a formula when a file is opened in a spreadsheet (CSV or formula
 * injection). A kit may come from a stranger, and Excel, LibreOffice and Google Sheets treat a
 * field that starts with {@code = + - @} (or a tab or carriage return) as a formula, which can
 * fetch URLs or, through DDE, start programs. OWASP's advice is followed: such a field gets a
 * leading apostrophe, which spreadsheets read as "this is text" and which changes what a person
 * reads by one character. Posts do start with "@name" or "+1", so this is not rare.
 */
public final class FormulaGuard {
    private FormulaGuard() {
    }

    /** True when a spreadsheet would read the text as a formula. */
    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The text with a leading apostrophe when it would run as a formula, else unchanged. */
    public static String neutralise(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }
}
