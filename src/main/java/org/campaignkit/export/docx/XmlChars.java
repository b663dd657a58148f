package org.campaignkit.export.docx;

/**
 * Keeps text writable as XML. A kit's JSON may carry characters XML 1.0 forbids (control
 * characters, a lone half of a surrogate pair); written as they are, Word would refuse the whole
 * file. Control characters are dropped and a broken surrogate becomes U+FFFD.
 */
final class XmlChars {
    private XmlChars() {
    }

    static String clean(String text) {
        if (text == null || isClean(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else if (allowed(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c) || !allowed(c)) {
                return false;
            }
        }
        return true;
    }

    /** XML 1.0's characters: tab, line feed, carriage return, and everything from space up but U+FFFE and U+FFFF. */
    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
    }
}
