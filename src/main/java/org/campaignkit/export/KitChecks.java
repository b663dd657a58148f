package org.campaignkit.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.campaignkit.check.Preflight;
import org.campaignkit.export.card.CardOverflowCheck;
import org.campaignkit.kit.Finding;
import org.campaignkit.kit.KitLoad;
import org.campaignkit.kit.source.KitFiles;
import org.campaignkit.text.PlatformRules;
import org.campaignkit.text.fonts.FontBook;

/**
 * Every check a kit gets before export, in one call for the command line, the export and the app:
 * the preflight rules, and whether each card's text fits at each size (which needs the card
 * renderer, so it lives beside the exporters rather than among the rules).
 */
public final class KitChecks {
    private KitChecks() {
    }

    public static List<Finding> run(KitLoad load, KitFiles files, FontBook fonts, PlatformRules platforms,
            Map<String, String> values, Collection<String> languages) {
        List<Finding> findings = new ArrayList<>(new Preflight().check(load, files, platforms, values, languages));
        load.kitIfRead().ifPresent(kit -> findings.addAll(CardOverflowCheck.check(kit, files, fonts, values,
                kit.languages().stream().filter(languages::contains).toList())));
        findings.sort(Finding.READING_ORDER);
        return findings;
    }
}
