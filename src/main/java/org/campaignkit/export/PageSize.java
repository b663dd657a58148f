package org.campaignkit.export;

import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** A page in PostScript points (1/72 inch). US Letter where it is the custom, A4 elsewhere. */
public enum PageSize {
    A4(595.28f, 841.89f), LETTER(612f, 792f);

    /** Regions that use US Letter paper (CLDR's paper-size preference). */
    private static final Set<String> LETTER_REGIONS = Set.of("US", "CA", "MX", "CL", "CO", "VE", "PH", "PR", "GT",
            "CR", "SV", "NI", "PA", "DO", "BZ");

    private final float width;
    private final float height;

    PageSize(float width, float height) {
        this.width = width;
        this.height = height;
    }

    public float width() {
        return width;
    }

    public float height() {
        return height;
    }

    /** The paper of the language's likely region: "es" (Spain) A4, "en" (US) Letter, "es-MX" Letter. */
    public static PageSize forLanguage(String languageTag) {
        String region = ULocale.addLikelySubtags(ULocale.forLanguageTag(languageTag)).getCountry();
        return LETTER_REGIONS.contains(region) ? LETTER : A4;
    }

    public static Optional<PageSize> parse(String word) {
        try {
            return Optional.of(valueOf(word.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
