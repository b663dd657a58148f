package org.campaignkit.export.layout;

/**
 * The wording of a page number in a document's language, cut where the writers put the page
 * number and the page count (Word's PAGE and NUMPAGES fields, the PDF's own numbers):
 * "Page " + n + " of " + m, or "第 " + n + " 页，共 " + m + " 页".
 */
public record PageNumbering(String beforePage, String betweenPageAndCount, String afterCount) {

    /** Splits a pattern holding {0} (the page) before {1} (the count). */
    public static PageNumbering parse(String pattern) {
        int page = pattern.indexOf("{0}");
        int count = pattern.indexOf("{1}");
        if (page < 0 || count < page + 3) {
            throw new IllegalArgumentException("A page numbering needs {0} before {1}: " + pattern);
        }
        return new PageNumbering(pattern.substring(0, page), pattern.substring(page + 3, count), pattern.substring(count + 3));
    }

    /** The words with numbers filled in, e.g. "Page 1 of 3". */
    public String format(int page, int count) {
        return beforePage + page + betweenPageAndCount + count + afterCount;
    }
}
