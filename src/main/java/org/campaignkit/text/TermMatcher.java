package org.campaignkit.text;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import java.util.regex.Pattern;

/**
 * Finds a glossary term in a text the way a reader would: ignoring case, width and markup, as a
 * whole word. Scripts written without spaces (Chinese, Japanese, Thai) have no word edges to
 * check, so a term there matches inside a run of ideographs. A word right after {@code #} or
 * {@code @} belongs to a hashtag or mention and is not the plain term; a term that is itself a
 * hashtag must end where the hashtag ends. Link targets, bare URLs and {@code {{placeholders}}}
 * are not text a reader sees, so they never match.
 */
public final class TermMatcher {
    private static final Normalizer2 FOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Typographic apostrophes ("l’ONU") and the typewriter one ("l'ONU") are the same to a reader. */
    private static final Pattern APOSTROPHES = Pattern.compile("[\u2018\u2019\u02BC\u2032]");
    /** Stands in for what is removed, so that words on either side do not join. */
    private static final String GAP = " ";

    private TermMatcher() {
    }

    /** The text as terms are searched in: visible words only, case-, width- and apostrophe-folded, spaces collapsed. */
    public static String searchable(String text) {
        StringBuilder visible = new StringBuilder();
        for (Run run : InlineMarkup.parse(text)) {
            visible.append(run.text());
        }
        String plain = Placeholders.PATTERN.matcher(visible).replaceAll(GAP);
        plain = URL.matcher(plain).replaceAll(GAP);
        return fold(plain);
    }

    /** A term as it is searched for: case-, width- and apostrophe-folded, spaces collapsed. */
    public static String fold(String term) {
        String folded = APOSTROPHES.matcher(FOLD.normalize(term)).replaceAll("'");
        return SPACES.matcher(folded).replaceAll(" ").strip();
    }

    /** Whether {@code searchable} (from {@link #searchable}) holds {@code folded} (from {@link #fold}) as a whole word. */
    public static boolean contains(String searchable, String folded) {
        if (folded.isEmpty()) {
            return false;
        }
        int from = 0;
        while (true) {
            int at = searchable.indexOf(folded, from);
            if (at < 0) {
                return false;
            }
            if (startsAWord(searchable, at, folded) && endsAWord(searchable, at + folded.length(), folded)) {
                return true;
            }
            from = at + 1;
        }
    }

    private static boolean startsAWord(String text, int at, String term) {
        if (at == 0) {
            return true;
        }
        int inside = term.codePointAt(0);
        int before = text.codePointBefore(at);
        if ((before == '#' || before == '@') && isWordChar(inside)) {
            return false; // "cybercrime" is not the hashtag "#cybercrime"
        }
        return separates(before, inside);
    }

    private static boolean endsAWord(String text, int end, String term) {
        if (end >= text.length()) {
            return true;
        }
        return separates(text.codePointAt(end), term.codePointBefore(term.length()));
    }

    /** Whether the edge between a character outside the term and one inside it is a word edge. */
    private static boolean separates(int outside, int inside) {
        return !isWordChar(outside) || !isWordChar(inside) || isUnspaced(outside) || isUnspaced(inside);
    }

    private static boolean isWordChar(int cp) {
        if (cp == '_' || Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Scripts that do not put spaces between words. */
    private static boolean isUnspaced(int cp) {
        return switch (UScript.getScript(cp)) {
            case UScript.HAN, UScript.HIRAGANA, UScript.KATAKANA, UScript.BOPOMOFO, UScript.THAI, UScript.LAO,
                    UScript.KHMER, UScript.MYANMAR, UScript.YI -> true;
            default -> false;
        };
    }
}
