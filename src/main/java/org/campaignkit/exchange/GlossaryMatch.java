package org.campaignkit.exchange;

/**
 * A glossary term a source string contains: the term, how the target language says it (null when
 * the glossary has no entry for that language), whether it stays untranslated, and its note.
 */
public record GlossaryMatch(String term, String translation, boolean doNotTranslate, String note) {
}
