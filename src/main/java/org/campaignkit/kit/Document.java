package org.campaignkit.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A press release, letter or plain document. Title, subject, salutation and closing are optional
 * string keys (null when absent); the letter's sender and recipient come from the kit's variables.
 */
public record Document(String id, DocumentType type, String titleKey, String subjectKey, String salutationKey,
        String closingKey, List<Block> blocks) {

    public Document {
        blocks = List.copyOf(blocks);
    }

    /** Every string key this document refers to, in reading order. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        keys.add(titleKey);
        keys.add(subjectKey);
        keys.add(salutationKey);
        for (Block block : blocks) {
            keys.add(block.textKey());
            keys.add(block.byKey());
        }
        keys.add(closingKey);
        keys.removeIf(Objects::isNull);
        return keys;
    }

    /** The same document with other blocks, in the order given (moved, removed or added by a person). */
    public Document withBlocks(List<Block> newBlocks) {
        return new Document(id, type, titleKey, subjectKey, salutationKey, closingKey, newBlocks);
    }
}
