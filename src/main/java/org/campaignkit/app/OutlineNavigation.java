package org.campaignkit.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.campaignkit.kit.Finding;

/**
 * Finding one's way in the outline without the toolkit: the item a finding is about, the items
 * that hold strings in reading order (for "next string"), and the badge an item shows.
 */
final class OutlineNavigation {
    private OutlineNavigation() {
    }

    /** What is wrong with an item in the target language, counted for its badge. */
    record Badge(int missing, int stale, int overLimit, int overflow) {
        boolean isEmpty() {
            return missing + stale + overLimit + overflow == 0;
        }
    }

    /** Items with strings (messages, cards, documents, variables), in outline order. */
    static List<OutlineItem> leaves(OutlineItem root) {
        List<OutlineItem> leaves = new ArrayList<>();
        collect(root, leaves);
        return leaves;
    }

    /** The item a finding is about: the one holding its key, or the variable it names. */
    static Optional<OutlineItem> itemFor(OutlineItem root, Finding finding) {
        if (finding.key() == null) {
            return Optional.empty();
        }
        return leaves(root).stream().filter(item -> item.keys().contains(finding.key())
                || (item.kind() == OutlineItem.Kind.VARIABLE && item.id().equals(finding.key()))).findFirst();
    }

    /** The badge of an item from the findings for one language. */
    static Badge badge(OutlineItem item, List<Finding> findings, String language) {
        int missing = 0;
        int stale = 0;
        int overLimit = 0;
        int overflow = 0;
        for (Finding f : findings) {
            if (f.key() == null || !item.keys().contains(f.key()) || (f.language() != null && !f.language().equals(language))) {
                continue;
            }
            switch (f.code()) {
                case "missing-translation" -> missing++;
                case "stale-translation" -> stale++;
                case "over-limit" -> overLimit++;
                case "text-overflow" -> overflow++;
                default -> {
                }
            }
        }
        return new Badge(missing, stale, overLimit, overflow);
    }

    private static void collect(OutlineItem item, List<OutlineItem> into) {
        if (!item.keys().isEmpty() || item.kind() == OutlineItem.Kind.VARIABLE) {
            into.add(item);
        }
        item.children().forEach(child -> collect(child, into));
    }
}
