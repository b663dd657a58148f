package org.campaignkit.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code {{name}}} placeholders: finding them and filling them with values. */
public final class Placeholders {
    /** Spaces inside the braces are tolerated, as people type {{ name }} too. */
    public static final Pattern PATTERN = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9_]*)\\s*\\}\\}");

    private Placeholders() {
    }

    /** The names used in a text, in order, with repeats. */
    public static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = PATTERN.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Replaces each placeholder that has a value; others stay visible as {{name}} so nothing is silently lost. */
    public static String fill(String text, Map<String, String> values) {
        Matcher m = PATTERN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
