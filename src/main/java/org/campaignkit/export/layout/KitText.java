package org.campaignkit.export.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import org.campaignkit.export.LocalizedTexts;
import org.campaignkit.kit.Kit;
import org.campaignkit.text.Placeholders;
import org.campaignkit.text.Scripts;
import org.campaignkit.text.TextDirection;

/**
 * A kit string made ready for a paragraph. Its direction comes from the translator's own words
 * (the text without its placeholders), not from the values put into it: "{{city}}، {{release_date}}"
 * stays right to left in Arabic when the city is "Geneva", and a text of nothing but values runs
 * the language's way. A value that runs the other way than its paragraph is set between
 * directional marks (LRM/RLM) so it reads as one unit: a phone number "+41 22 000 00 00" in an
 * Arabic line keeps its order, and the date after "Geneva" stays on the Arabic side.
 */
final class KitText {
    static final char LRM = '\u200E';
    static final char RLM = '\u200F';

    private KitText() {
    }

    /** One part of a string (a paragraph, a list item, a line): its filled text and its direction. */
    record Part(String text, TextDirection direction) {
    }

    /**
     * The string of {@code key} cut into parts by {@code split}. Asks {@code texts} for the string
     * first, so a missing translation throws or is recorded as a fallback, exactly as everywhere.
     */
    static List<Part> parts(LocalizedTexts texts, String key, Function<String, List<String>> split) {
        texts.get(key);
        List<Part> parts = new ArrayList<>();
        for (String template : split.apply(templateOf(texts, key))) {
            TextDirection direction = Scripts.direction(wordsOf(template), texts.language());
            parts.add(new Part(fill(template, texts.values(), direction), direction));
        }
        return parts;
    }

    /** The whole string as one part, trimmed; a line break in it stays. */
    static Part whole(LocalizedTexts texts, String key) {
        List<Part> parts = parts(texts, key, text -> List.of(text.strip()));
        return parts.get(0);
    }

    /** The direction of words that will hold values, such as "E-mail: {0}" with the value left out. */
    static TextDirection directionOf(String words, String language) {
        return Scripts.direction(words, language);
    }

    /** A value as it stands in a paragraph of {@code direction}: between marks when it runs the other way. */
    static String isolate(String value, TextDirection direction) {
        TextDirection own = Scripts.direction(value, null); // no letters (a phone number) reads left to right
        if (own == direction || value.isEmpty()) {
            return value;
        }
        return own == TextDirection.LTR ? LRM + value + RLM : RLM + value + LRM;
    }

    /** Text with the directional marks this class adds taken out, for titles in file properties. */
    static String withoutMarks(String text) {
        return text.replace(String.valueOf(LRM), "").replace(String.valueOf(RLM), "");
    }

    /**
     * True for a line that still shows a placeholder of an optional variable nobody set ("Phone:
     * {{contact_phone}}"): such a line is left out of a contact block rather than printed half empty.
     * A required or undeclared placeholder stays visible, as everywhere else, so nothing is lost silently.
     */
    static boolean showsUnsetOptionalValue(String line, Kit kit) {
        List<String> names = Placeholders.names(line);
        return !names.isEmpty() && names.stream().allMatch(n -> kit.variable(n).map(v -> !v.required()).orElse(false));
    }

    /** A variable the kit declares, with a value: letter parts show only those. */
    static boolean hasValue(LocalizedTexts texts, String name) {
        String value = texts.value(name);
        return texts.kit().variable(name).isPresent() && value != null && !value.isBlank();
    }

    /** The string as translated, or the source text where the translation is missing (then already allowed). */
    private static String templateOf(LocalizedTexts texts, String key) {
        Kit kit = texts.kit();
        return kit.textsOf(texts.language()).flatMap(t -> t.text(key))
                .or(() -> kit.sourceTexts().text(key)).orElse("");
    }

    private static String wordsOf(String template) {
        return Placeholders.PATTERN.matcher(template).replaceAll(" ");
    }

    /** Like {@link Placeholders#fill}, each value isolated for the paragraph's direction. */
    private static String fill(String template, Map<String, String> values, TextDirection direction) {
        Matcher m = Placeholders.PATTERN.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? isolate(value, direction) : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
