package org.campaignkit.check;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.campaignkit.kit.Finding;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.KitReader;
import org.campaignkit.kit.Severity;
import org.campaignkit.kit.Texts;
import org.campaignkit.text.Placeholders;
import org.campaignkit.text.ValueFormatter;
import org.campaignkit.text.fonts.FontBook;
import org.campaignkit.text.fonts.KitFonts;

/**
 * Every character of every text (with values filled in) has a font that draws it, so no export
 * shows a box or silently drops a letter.
 */
final class GlyphCoverageRule implements Rule {
    @Override
    public void check(PreflightContext context, List<Finding> findings) {
        Kit kit = context.kit();
        FontBook fonts = KitFonts.forKit(kit, context.files());
        for (String language : context.languages()) {
            Texts texts = kit.textsOf(language).orElse(null);
            if (texts == null) {
                continue;
            }
            Map<String, String> values = ValueFormatter.values(kit, context.values(), language);
            for (String key : kit.referencedKeys()) {
                texts.text(key).ifPresent(text -> {
                    Set<Integer> missing = fonts.uncovered(Placeholders.fill(text, values), language);
                    if (!missing.isEmpty()) {
                        findings.add(new Finding(Severity.ERROR, "missing-glyphs", language, key,
                                KitReader.textsPath(language), "no font can draw " + describe(missing)
                                        + "; add a font that has them to brand.fonts, or change the text."));
                    }
                });
            }
        }
    }

    private static String describe(Set<Integer> codePoints) {
        return codePoints.stream().limit(8)
                .map(cp -> "\"" + new String(Character.toChars(cp)) + "\" (U+" + String.format("%04X", cp) + ")")
                .collect(Collectors.joining(", ")) + (codePoints.size() > 8 ? " and " + (codePoints.size() - 8) + " more" : "");
    }
}
