package org.campaignkit.kit;

/** One block of a document: its kind, its text key and, for quotes, the key of who said it. */
public record Block(BlockKind kind, String textKey, String byKey) {
}
