package org.campaignkit.text.fonts;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.KitFormatException;
import org.campaignkit.kit.source.KitFiles;

/** The font book for one kit: the bundled fonts with the kit's brand fonts first for their roles. */
public final class KitFonts {
    private static final long MAX_FONT_BYTES = 40L << 20;

    private KitFonts() {
    }

    /** Brand roles are named "heading" and "body" in kit.json; other names are ignored here. */
    public static FontBook forKit(Kit kit, KitFiles files) {
        Map<FontRole, FontBook.BrandFont> brand = new EnumMap<>(FontRole.class);
        kit.brand().fonts().forEach((role, path) -> {
            FontRole fontRole;
            try {
                fontRole = FontRole.valueOf(role.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return;
            }
            try {
                brand.put(fontRole, new FontBook.BrandFont(path, files.read(path, MAX_FONT_BYTES)));
            } catch (KitFormatException e) {
                // Preflight reports the missing or unreadable file; the bundled fonts draw the text.
            }
        });
        return brand.isEmpty() ? FontBook.bundled() : FontBook.bundled().withBrandFonts(brand);
    }
}
