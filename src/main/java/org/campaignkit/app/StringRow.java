package org.campaignkit.app;

import java.util.Map;
import org.campaignkit.kit.Entry;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.Status;
import org.campaignkit.kit.Texts;

/**
 * One string of the selected item, as the editor shows it: the reference text (the source, or
 * another language the person reads better) beside the target text, the target's state, and
 * whether it is missing or stale. A stale row carries the source it was translated from and the
 * source as it is now, so both can be shown.
 */
public record StringRow(String key, String reference, String target, Status status, boolean missing, boolean stale,
        String previousSource, String currentSource) {

    /**
     * The string {@code key} of a kit in {@code language}, beside its text in the reference
     * language (the source when that language lacks it). A draft still holding the copied source
     * counts as missing; a stale one carries the source it was translated from and the source now.
     */
    static StringRow of(Kit kit, String referenceLanguage, String language, String key) {
        Texts source = kit.sourceTexts();
        Texts reference = kit.textsOf(referenceLanguage).orElse(source);
        String src = source.text(key).orElse("");
        Entry entry = kit.textsOf(language).orElse(new Texts(language, Map.of())).entry(key).orElse(null);
        boolean stale = entry != null && entry.isStaleAgainst(src);
        boolean missing = entry == null || (!language.equals(kit.sourceLanguage()) && entry.isUntranslatedCopy(src));
        return new StringRow(key, reference.text(key).orElse(src), entry == null ? "" : entry.text(),
                entry == null ? null : entry.effectiveStatus(), missing, stale, stale ? entry.source() : null, src);
    }
}
