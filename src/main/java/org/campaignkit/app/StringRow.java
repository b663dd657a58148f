package org.campaignkit.app;

import java.util.Map;
import org.campaignkit.kit.Entry;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.Status;
import org.campaignkit.kit.Texts;

/**
 * One string of the selected item, as the editor shows it: the source text beside the target
 * text, the target's state, and whether it is missing or stale.
 */
public record StringRow(String key, String source, String target, Status status, boolean missing, boolean stale) {

    /** The string {@code key} of a kit, with its text in {@code language} beside the source. */
    static StringRow of(Kit kit, String language, String key) {
        String source = kit.sourceTexts().text(key).orElse("");
        Entry entry = kit.textsOf(language).orElse(new Texts(language, Map.of())).entry(key).orElse(null);
        return new StringRow(key, source, entry == null ? "" : entry.text(), entry == null ? null : entry.effectiveStatus(),
                entry == null, entry != null && entry.isStaleAgainst(source));
    }
}
