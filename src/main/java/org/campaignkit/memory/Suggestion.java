package org.campaignkit.memory;

/**
 * A translation the memory offers for a source text: the text (its placeholders renamed to the
 * asked text's), how well its source matched (100 exact, below that fuzzy), the kit and key it was
 * learned from, and that source text, so a person can see what differed.
 */
public record Suggestion(String text, int score, String kitId, String key, String matchedSource) {
}
