package org.campaignkit.exchange;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campaignkit.kit.Block;
import org.campaignkit.kit.Card;
import org.campaignkit.kit.Document;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.Message;
import org.campaignkit.kit.Variable;
import org.campaignkit.text.PlatformRules;

/**
 * What each string of a kit is, in a sentence a translator can act on: "a post for X and
 * Bluesky", "a card headline at 1080×1080", "a press-release paragraph". A string used in several
 * places gets every sentence.
 */
final class StringContexts {
    private StringContexts() {
    }

    static Map<String, String> of(Kit kit, PlatformRules platforms) {
        Map<String, Set<String>> uses = new LinkedHashMap<>();
        for (Variable v : kit.variables()) {
            add(uses, v.labelKey(), "the label of the value {{" + v.name() + "}} in the composer's form");
        }
        for (Message m : kit.messages()) {
            List<String> onMain = m.platforms().stream().filter(p -> m.textKeyFor(p).equals(m.textKey())).toList();
            add(uses, m.textKey(), onMain.isEmpty() ? "the main text of the post \"" + m.id() + "\""
                    : "a post for " + names(onMain, platforms) + " (message \"" + m.id() + "\")");
            m.variantKeys().forEach((platform, key) -> add(uses, key,
                    "the " + names(List.of(platform), platforms) + " version of the post \"" + m.id() + "\""));
        }
        for (Card c : kit.cards()) {
            List<String> all = c.sizes().stream().map(s -> s.width() + "×" + s.height()).distinct().toList();
            String sizes = all.size() <= 3 ? String.join(", ", all)
                    : String.join(", ", all.subList(0, 3)) + " and " + (all.size() - 3) + " more sizes";
            add(uses, c.headlineKey(), "a card headline at " + sizes + " (card \"" + c.id() + "\"); keep it short");
            add(uses, c.sublineKey(), "a card subline under the headline at " + sizes + " (card \"" + c.id() + "\")");
            add(uses, c.altKey(), "the alt text of card \"" + c.id() + "\", read aloud by screen readers");
        }
        for (Document d : kit.documents()) {
            String doc = d.type().word().replace('-', ' ');
            add(uses, d.titleKey(), "the title of the " + doc + " \"" + d.id() + "\"");
            add(uses, d.subjectKey(), "the subject line of the " + doc + " \"" + d.id() + "\"");
            add(uses, d.salutationKey(), "the salutation of the " + doc + " \"" + d.id() + "\"");
            add(uses, d.closingKey(), "the closing of the " + doc + " \"" + d.id() + "\"");
            for (Block b : d.blocks()) {
                add(uses, b.textKey(), blockSentence(b, doc, d.type().word()) + " (document \"" + d.id() + "\")");
                add(uses, b.byKey(), "who is quoted, under a quote of the " + doc + " \"" + d.id() + "\"");
            }
        }
        Map<String, String> sentences = new LinkedHashMap<>();
        uses.forEach((key, list) -> sentences.put(key, capitalized(String.join("; ", list)) + "."));
        return sentences;
    }

    /** {@code noun} is "press release", {@code adjective} "press-release". */
    private static String blockSentence(Block block, String noun, String adjective) {
        return switch (block.kind()) {
            case HEADLINE -> "the headline of a " + noun;
            case SUBHEADLINE -> "the subheadline of a " + noun;
            case DATELINE -> "the dateline of a " + noun + " (place and date)";
            case HEADING -> "a section heading in a " + noun;
            case PARAGRAPH -> "a " + adjective + " paragraph; a blank line starts a new paragraph";
            case QUOTE -> "a quote in a " + noun;
            case LIST -> "a list in a " + noun + ", one item per line";
            case CONTACT -> "the contact block of a " + noun + ", one line each";
        };
    }

    private static String names(List<String> ids, PlatformRules platforms) {
        List<String> names = ids.stream().map(id -> platforms.platform(id).map(p -> p.name()).orElse(id)).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static void add(Map<String, Set<String>> uses, String key, String sentence) {
        if (key != null) {
            uses.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(sentence);
        }
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
