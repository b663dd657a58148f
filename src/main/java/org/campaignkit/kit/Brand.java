package org.campaignkit.kit;

import java.util.Map;

/** Brand colours by name ({@code #RRGGBB}), brand font files by role, and the logo path (or null). */
public record Brand(Map<String, String> colors, Map<String, String> fonts, String logo) {
    public Brand {
        colors = Map.copyOf(colors);
        fonts = Map.copyOf(fonts);
    }

    public static Brand empty() {
        return new Brand(Map.of(), Map.of(), null);
    }
}
