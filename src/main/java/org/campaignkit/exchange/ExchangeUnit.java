package org.campaignkit.exchange;

import java.util.List;

/**
 * One string as handed to a translator.
 *
 * @param key the string key, the unit's id in every format
 * @param source the current source text
 * @param target the translation, or null when there is none yet
 * @param previousSource for a stale unit the source text it was translated from, else null
 * @param note the kit's note for translators, or null
 * @param context what the string is, in a sentence ("a post for X and Bluesky")
 * @param limit the character limit where a platform limit applies, else null
 */
public record ExchangeUnit(String key, String source, String target, UnitState state, String previousSource,
        String note, String context, UnitLimit limit, List<GlossaryMatch> glossary) {

    public ExchangeUnit {
        glossary = List.copyOf(glossary);
    }
}
