package org.campaignkit.text;

import com.ibm.icu.text.BreakIterator;
import com.twitter.twittertext.Extractor;
import com.twitter.twittertext.TwitterTextParser;
import java.util.List;

/** The three ways platforms count a post. Stateless and thread-safe. */
public final class TextCounters {
    private static final Extractor URLS = new Extractor();

    private TextCounters() {
    }

    /** X's own count through twitter-text (v3 weighting). */
    public static int twitterWeighted(String text) {
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
        List<Extractor.Entity> urls = URLS.extractURLsWithIndices(text);
        for (Extractor.Entity url : urls) {
            total -= text.codePointCount(url.getStart(), url.getEnd());
            total += urlLength;
        }
        return total;
    }
}
