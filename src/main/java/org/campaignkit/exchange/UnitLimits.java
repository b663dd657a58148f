package org.campaignkit.exchange;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import java.util.LinkedHashMap;
import java.util.Map;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.Message;
import org.campaignkit.text.Counting;
import org.campaignkit.text.Platform;
import org.campaignkit.text.PlatformRules;
import org.campaignkit.text.PostComposer;
import org.campaignkit.text.TextCounters;

/**
 * The character limit of each post text in one language: per platform the message is posted on,
 * the platform's limit less what the link and hashtags take, in characters of that language (X
 * counts CJK characters and emoji twice); the strictest platform wins.
 */
final class UnitLimits {
    private UnitLimits() {
    }

    static Map<String, UnitLimit> of(Kit kit, PlatformRules platforms, String language) {
        int weight = xWeight(language);
        Map<String, UnitLimit> limits = new LinkedHashMap<>();
        for (Message message : kit.messages()) {
            for (String id : message.platforms()) {
                Platform platform = platforms.platform(id).orElse(null);
                if (platform == null) {
                    continue;
                }
                String key = message.textKeyFor(id);
                int taken = platform.count(PostComposer.compose(message, platform, "", Map.of()));
                int room = Math.max(0, platform.limit() - taken);
                boolean weighted = platform.counting() == Counting.TWITTER;
                int characters = weighted ? room / weight : room;
                UnitLimit current = limits.get(key);
                if (current == null || characters < current.characters()) {
                    limits.put(key, new UnitLimit(characters, explain(platform, taken, weighted, weight, message)));
                }
            }
        }
        return limits;
    }

    private static String explain(Platform platform, int taken, boolean weighted, int weight, Message message) {
        StringBuilder why = new StringBuilder(platform.name() + " allows " + platform.limit());
        why.append(weighted ? " weighted characters (CJK characters and emoji count 2, every link 23)" : " characters");
        if (taken > 0) {
            why.append("; the ").append(message.link() != null && platform.linkInPost() ? "link and hashtags" : "hashtags")
                    .append(" appended to the post take ").append(taken);
        }
        if (weighted && weight > 1) {
            why.append("; in this language each character counts ").append(weight);
        }
        return why.append(". Placeholders such as {{organization}} count as the value put in their place.").toString();
    }

    /** How much X counts one character of the language's usual script, from a sample of that script. */
    private static int xWeight(String language) {
        int[] scripts = UScript.getCode(ULocale.forLanguageTag(language));
        if (scripts == null || scripts.length == 0) {
            return 1;
        }
        String sample = UScript.getSampleString(scripts[0]);
        return sample.isEmpty() ? 1 : Math.max(1, TextCounters.twitterWeighted(sample) / sample.codePointCount(0, sample.length()));
    }
}
