package org.campaignkit.memory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.campaignkit.text.Placeholders;

/**
 * Carries a remembered translation over to a text whose placeholders have other names:
 * "{{org}} dice hola" learned for "{{org}} says hello" is offered as "{{organization}} dice hola"
 * for "{{organization}} says hello". Names map by position in the source texts.
 */
final class PlaceholderNames {
    private PlaceholderNames() {
    }

    static List<String> of(String text) {
        return Placeholders.names(text);
    }

    static String renamed(String target, String rememberedSource, List<String> askedNames) {
        List<String> remembered = Placeholders.names(rememberedSource);
        if (remembered.isEmpty() || remembered.size() != askedNames.size() || remembered.equals(askedNames)) {
            return target;
        }
        Map<String, String> rename = new HashMap<>();
        for (int i = 0; i < remembered.size(); i++) {
            String before = rename.putIfAbsent(remembered.get(i), askedNames.get(i));
            if (before != null && !before.equals(askedNames.get(i))) {
                return target; // one name used for two different ones: no safe mapping
            }
        }
        Matcher m = Placeholders.PATTERN.matcher(target);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String to = rename.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(to == null ? m.group() : "{{" + to + "}}"));
        }
        m.appendTail(out);
        return out.toString();
    }
}
