package org.campaignkit.exchange;

/**
 * The most characters a string may have: the strictest platform its message is posted on, less
 * the room the link and hashtags take there. {@code explanation} says how it was worked out.
 */
public record UnitLimit(int characters, String explanation) {
}
