package org.campaignkit.memory;

/** One remembered translation: a source text in one language, its translation, and where it came from. */
public record Segment(String sourceLanguage, String sourceText, String targetLanguage, String targetText,
        String kitId, String key) {

    /** Segments with the same identity replace each other: a kit's string re-learned after an edit. */
    String identity() {
        return kitId + '\u0000' + key + '\u0000' + sourceLanguage + '\u0000' + targetLanguage + '\u0000' + sourceText;
    }
}
