package org.campaignkit.export.card;

/**
 * The words on a card in one language, placeholders already filled: a headline and a subline,
 * either of which may be null or empty. A line break in either is kept; inline markup is honoured.
 */
public record CardText(String headline, String subline) {
}
