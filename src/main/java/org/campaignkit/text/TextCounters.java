package org.campaignkit.text;

import com.ibm.icu.text.BreakIterator;
import com.twitter.twittertext.Extractor;
import com.twitter.twittertext.TwitterTextParser;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The three ways platforms count a post. Stateless and thread-safe. */
public final class TextCounters {
    /**
     * Beyond this many characters a post is far over any limit that counts URLs specially (X 280,
     * Mastodon 500), and twitter-text's regular expressions take seconds on such texts. There a
     * linear count with the same weights is used: exact for plain text, and still far over the limit.
     */
    static final int EXACT_COUNT_MAX_CHARS = 5_000;
    private static final Extractor URLS = new Extractor();
    private static final Pattern SIMPLE_URL = Pattern.compile("https?://\\S+");
    private static final int X_URL_WEIGHT = 23;

    private TextCounters() {
    }

    /** X's own count through twitter-text (v3 weighting). */
    public static int twitterWeighted(String text) {
        if (text.length() > EXACT_COUNT_MAX_CHARS) {
            return linearWeighted(text);
        }
        return TwitterTextParser.parseTweet(text).weightedLength;
    }

    /** Grapheme clusters per ICU: what a person sees as one character. */
    public static int graphemes(String text) {
        BreakIterator it = BreakIterator.getCharacterInstance();
        it.setText(text);
        int count = 0;
        while (it.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }

    /** Code points, each URL counting {@code urlLength} when that is positive. */
    public static int codePoints(String text, int urlLength) {
        int total = text.codePointCount(0, text.length());
        if (urlLength <= 0) {
            return total;
        }
        if (text.length() > EXACT_COUNT_MAX_CHARS) {
            Matcher m = SIMPLE_URL.matcher(text);
            while (m.find()) {
                total += urlLength - text.codePointCount(m.start(), m.end());
            }
            return total;
        }
        List<Extractor.Entity> urls = URLS.extractURLsWithIndices(text);
        for (Extractor.Entity url : urls) {
            total -= text.codePointCount(url.getStart(), url.getEnd());
            total += urlLength;
        }
        return total;
    }

    /** twitter-text v3's weights (Latin, Cyrillic, Arabic... 1; everything else 2; URLs 23), in one pass. */
    static int linearWeighted(String text) {
        int total = 0;
        Matcher urls = SIMPLE_URL.matcher(text);
        int next = urls.find() ? urls.start() : -1;
        int i = 0;
        while (i < text.length()) {
            if (i == next) {
                total += X_URL_WEIGHT;
                i = urls.end();
                next = urls.find() ? urls.start() : -1;
                continue;
            }
            int cp = text.codePointAt(i);
            total += weightOf(cp);
            i += Character.charCount(cp);
        }
        return total;
    }

    private static int weightOf(int cp) {
        boolean light = cp <= 4351 || (cp >= 8192 && cp <= 8205) || (cp >= 8208 && cp <= 8223)
                || (cp >= 8242 && cp <= 8247);
        return light ? 1 : 2;
    }
}
