package org.campaignkit.exchange;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.campaignkit.kit.Entry;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.Status;
import org.campaignkit.kit.Texts;
import org.campaignkit.text.Placeholders;

/**
 * Applies a translator's file to a kit, the same way for every format. Checks the languages;
 * reports ids the kit lacks; refuses a unit whose target drops, adds or changes a placeholder;
 * maps states back; never loses a translation (empty targets and units absent from the file leave
 * the kit's text alone); and leaves a unit exactly as it was when the translator changed nothing,
 * so exporting and importing again changes no byte.
 */
public final class TranslationImport {
    private TranslationImport() {
    }

    public static ImportResult apply(Kit kit, ImportedFile file) throws ExchangeException {
        String language = matchLanguage(kit, file);
        Texts source = kit.sourceTexts();
        Texts texts = kit.textsOf(language).orElse(new Texts(language, Map.of()));
        Set<String> known = ExchangeBuilder.keys(kit);
        Set<String> seen = new HashSet<>();
        List<ImportReport.Change> changes = new ArrayList<>();
        List<ImportReport.Refusal> refused = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        int unchanged = 0;
        int empty = 0;
        for (ImportedUnit unit : file.units()) {
            if (unit.id() == null || !known.contains(unit.id())) {
                unknown.add("\"" + unit.id() + "\" (" + file.name() + ", " + unit.where() + "): the kit has no such string; ignored.");
                continue;
            }
            if (!seen.add(unit.id())) {
                refused.add(new ImportReport.Refusal(unit.id(), file.name() + ", " + unit.where()
                        + ": the string appears twice in the file; the first one was used."));
                continue;
            }
            if (unit.target() == null) {
                empty++;
                continue;
            }
            String sourceText = source.text(unit.id()).orElseThrow();
            String damage = placeholderDamage(sourceText, unit.target());
            if (damage != null) {
                refused.add(new ImportReport.Refusal(unit.id(), file.name() + ", " + unit.where() + ": " + damage
                        + "; the translation was not applied."));
                continue;
            }
            Entry before = texts.entry(unit.id()).orElse(null);
            UnitState state = UnitState.of(before, sourceText);
            if (state != UnitState.UNTRANSLATED && unit.target().equals(before.text())
                    && unit.status() == file.format().readBack(state)) {
                unchanged++;
                counts.merge(before.effectiveStatus(), 1, Integer::sum);
                continue;
            }
            Entry after = new Entry(unit.target(), unit.status(), sourceText, before == null ? null : before.note());
            texts = texts.with(unit.id(), after);
            counts.merge(unit.status(), 1, Integer::sum);
            changes.add(new ImportReport.Change(unit.id(), state == UnitState.UNTRANSLATED ? null : before.effectiveStatus(),
                    unit.status(), before == null || !before.text().equals(unit.target())));
        }
        int absent = (int) known.stream().filter(k -> !seen.contains(k)).count();
        Kit updated = changes.isEmpty() ? kit : kit.withTexts(texts);
        return new ImportResult(updated, new ImportReport(file.name(), file.format(), language, changes, unchanged, empty,
                absent, refused, unknown, counts));
    }

    /**
     * What is wrong with the target's placeholders against the source's, or null: each name must
     * appear as often as in the source (order may change, as languages order words differently).
     */
    static String placeholderDamage(String source, String target) {
        List<String> want = Placeholders.names(source);
        List<String> got = Placeholders.names(target);
        for (String name : new HashSet<>(want)) {
            long inSource = want.stream().filter(name::equals).count();
            long inTarget = got.stream().filter(name::equals).count();
            if (inTarget < inSource) {
                return "the translation drops the placeholder {{" + name + "}}";
            }
        }
        for (String name : got) {
            long inSource = want.stream().filter(name::equals).count();
            long inTarget = got.stream().filter(name::equals).count();
            if (inTarget > inSource) {
                return inSource == 0 ? "the translation adds the placeholder {{" + name + "}}, which the source does not have"
                        : "the translation has the placeholder {{" + name + "}} more often than the source";
            }
        }
        String broken = brokenPlaceholder(target);
        return broken == null ? null : "the translation has a damaged placeholder \"" + broken + "\"";
    }

    /** Text that looks like a placeholder but is not one ({{organisation} or {{ organization), or null. */
    private static String brokenPlaceholder(String target) {
        String rest = Placeholders.PATTERN.matcher(target).replaceAll("");
        int at = rest.indexOf("{{");
        if (at < 0) {
            at = rest.indexOf("}}");
        }
        return at < 0 ? null : rest.substring(Math.max(0, at - 10), Math.min(rest.length(), at + 14)).strip();
    }

    /** The kit's language the file's target language names (pt_BR and pt-br match pt-BR). */
    private static String matchLanguage(Kit kit, ImportedFile file) throws ExchangeException {
        String target = file.targetLanguage();
        if (target == null || target.isBlank()) {
            throw new ExchangeException(file.name() + ": the file does not say its target language ("
                    + (file.format() == ExchangeFormat.PO ? "the Language header" : file.format() == ExchangeFormat.XLIFF_2_0
                            ? "trgLang" : "target-language") + ").");
        }
        if (file.sourceLanguage() != null && !normal(file.sourceLanguage()).equals(normal(kit.sourceLanguage()))) {
            throw new ExchangeException(file.name() + ": the file translates from \"" + file.sourceLanguage()
                    + "\", but the kit's source language is \"" + kit.sourceLanguage() + "\".");
        }
        for (String language : kit.languages()) {
            if (normal(language).equals(normal(target))) {
                ExchangeBuilder.requireTargetLanguage(kit, language);
                return language;
            }
        }
        throw new ExchangeException(file.name() + ": the file is for \"" + target + "\", which the kit does not have; it has "
                + String.join(", ", kit.languages()) + ".");
    }

    private static String normal(String tag) {
        return tag.strip().replace('_', '-').toLowerCase(Locale.ROOT);
    }
}
