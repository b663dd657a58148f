package org.campaignkit.exchange;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.campaignkit.kit.Entry;
import org.campaignkit.kit.Glossary;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.Texts;
import org.campaignkit.text.InlineMarkup;
import org.campaignkit.text.PlatformRules;

/**
 * Builds what is exchanged for one language of a kit: the keys the kit uses in kit order, then any
 * other source strings, each with its source, translation, state, context, limit and glossary terms.
 */
public final class ExchangeBuilder {
    private final PlatformRules platforms;
    private final Glossary glossary;

    public ExchangeBuilder(PlatformRules platforms, Glossary glossary) {
        this.platforms = platforms;
        this.glossary = glossary;
    }

    /**
     * @throws ExchangeException when the kit has no such language or it is the source language
     */
    public ExchangeDocument build(Kit kit, String language) throws ExchangeException {
        requireTargetLanguage(kit, language);
        Texts source = kit.sourceTexts();
        Texts target = kit.textsOf(language).orElse(new Texts(language, Map.of()));
        Map<String, String> contexts = StringContexts.of(kit, platforms);
        Map<String, UnitLimit> limits = UnitLimits.of(kit, platforms, language);
        List<ExchangeUnit> units = new ArrayList<>();
        for (String key : keys(kit)) {
            String sourceText = source.text(key).orElseThrow();
            Entry entry = target.entry(key).orElse(null);
            UnitState state = UnitState.of(entry, sourceText);
            units.add(new ExchangeUnit(key, sourceText, state == UnitState.UNTRANSLATED ? null : entry.text(), state,
                    state == UnitState.STALE ? entry.source() : null, entry == null ? null : entry.note(),
                    contexts.getOrDefault(key, "A string of the kit that no message, card or document uses yet."),
                    limits.get(key), terms(sourceText, kit.sourceLanguage(), language)));
        }
        return new ExchangeDocument(kit.id(), kit.version(), kit.sourceLanguage(), language, units);
    }

    /** Keys the kit refers to that have a source text, in kit order, then every other source key. */
    static Set<String> keys(Kit kit) {
        Texts source = kit.sourceTexts();
        Set<String> keys = new LinkedHashSet<>();
        kit.referencedKeys().stream().filter(k -> source.entry(k).isPresent()).forEach(keys::add);
        keys.addAll(source.entries().keySet());
        return keys;
    }

    static void requireTargetLanguage(Kit kit, String language) throws ExchangeException {
        if (language.equals(kit.sourceLanguage())) {
            throw new ExchangeException("\"" + language + "\" is the kit's source language; choose a language to translate into: "
                    + String.join(", ", kit.languages().stream().filter(l -> !l.equals(kit.sourceLanguage())).toList()) + ".");
        }
        if (!kit.languages().contains(language)) {
            throw new ExchangeException("The kit has no language \"" + language + "\"; it has " + String.join(", ", kit.languages())
                    + ". Add the language in the composer first.");
        }
    }

    private List<GlossaryMatch> terms(String sourceText, String sourceLanguage, String language) {
        String plain = InlineMarkup.plainText(sourceText).toLowerCase(Locale.ROOT);
        List<GlossaryMatch> matches = new ArrayList<>();
        for (Glossary.Term term : glossary.terms()) {
            String inSource = term.byLanguage().get(sourceLanguage);
            if (inSource != null && !inSource.isBlank() && plain.contains(inSource.toLowerCase(Locale.ROOT))) {
                matches.add(new GlossaryMatch(inSource, term.in(language, sourceLanguage).orElse(null), term.doNotTranslate(),
                        term.note()));
            }
        }
        return matches;
    }
}
