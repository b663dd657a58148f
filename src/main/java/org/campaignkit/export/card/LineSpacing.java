package org.campaignkit.export.card;

import java.util.Set;
import org.campaignkit.text.Scripts;

/**
 * How far apart the baselines of a text's lines are, as a multiple of its size. Scripts differ:
 * Latin headlines are set tight; Chinese needs air between square ideographs; Arabic and Indic
 * scripts reach far above and below the line and need the most.
 */
final class LineSpacing {
    private static final Set<String> SQUARE = Set.of("Hani", "Hira", "Kana", "Hang", "Bopo");
    private static final Set<String> TALL = Set.of("Arab", "Syrc", "Thaa", "Nkoo", "Deva", "Beng", "Guru", "Gujr",
            "Orya", "Taml", "Telu", "Knda", "Mlym", "Sinh", "Thai", "Laoo", "Mymr", "Khmr", "Tibt");

    private LineSpacing() {
    }

    /** Baseline to baseline, in ems, for a headline (tight) or a subline (relaxed, for reading). */
    static float factor(String text, boolean headline) {
        Set<String> scripts = Scripts.namesOf(text);
        float factor = headline ? 1.12f : 1.3f;
        if (scripts.stream().anyMatch(SQUARE::contains)) {
            factor = headline ? 1.28f : 1.45f;
        }
        if (scripts.stream().anyMatch(TALL::contains)) {
            factor = headline ? 1.38f : 1.6f;
        }
        return factor;
    }
}
