package org.campaignkit.app;

import org.campaignkit.kit.Brand;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.source.KitFiles;
import org.campaignkit.text.fonts.FontBook;
import org.campaignkit.text.fonts.KitFonts;

/**
 * The open kit's font book, built once per brand: text edits never change the brand, so checks and
 * previews run while typing need not re-read the brand's font files each time.
 */
final class BrandFontCache {
    private Brand brand;
    private FontBook fonts;

    synchronized FontBook fontsFor(Kit kit, KitFiles files) {
        if (fonts == null || !kit.brand().equals(brand)) {
            fonts = KitFonts.forKit(kit, files);
            brand = kit.brand();
        }
        return fonts;
    }
}
