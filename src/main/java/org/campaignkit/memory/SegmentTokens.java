package org.campaignkit.memory;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.campaignkit.text.Placeholders;

/**
 * Splits a text into the words fuzzy matching compares: ICU word boundaries (which segment Chinese
 * and Japanese by dictionary and handle Arabic), case- and width-folded, punctuation and spaces
 * dropped. Every {@code {{placeholder}}} becomes the same token, so texts that differ only in
 * placeholder names compare equal.
 */
final class SegmentTokens {
    static final String PLACEHOLDER = "{{}}";
    private static final Normalizer2 FOLD = Normalizer2.getNFKCCasefoldInstance();

    private SegmentTokens() {
    }

    static String[] of(String text, String language) {
        List<String> tokens = new ArrayList<>();
        Matcher m = Placeholders.PATTERN.matcher(text);
        int at = 0;
        BreakIterator words = BreakIterator.getWordInstance(ULocale.forLanguageTag(language));
        while (m.find()) {
            words(text.substring(at, m.start()), words, tokens);
            tokens.add(PLACEHOLDER);
            at = m.end();
        }
        words(text.substring(at), words, tokens);
        return tokens.toArray(String[]::new);
    }

    private static void words(String part, BreakIterator words, List<String> out) {
        if (part.isBlank()) {
            return;
        }
        words.setText(part);
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (words.getRuleStatus() != BreakIterator.WORD_NONE) {
                out.add(FOLD.normalize(part.substring(start, end)).intern());
            }
        }
    }
}
