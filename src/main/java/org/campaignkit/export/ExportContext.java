package org.campaignkit.export;

import org.campaignkit.kit.Kit;
import org.campaignkit.kit.source.KitFiles;
import org.campaignkit.text.PlatformRules;
import org.campaignkit.text.fonts.FontBook;

/** Everything an exporter may read: the kit, its files (images, fonts), the font book, platform rules, options. */
public record ExportContext(Kit kit, KitFiles files, FontBook fonts, PlatformRules platforms, ExportOptions options) {
}
