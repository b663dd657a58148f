package org.campaignkit.exchange;

/** How much of a translator's file is read at most, so a huge or hostile file cannot exhaust memory. */
final class ExchangeLimits {
    /** Far above any kit's translation file (the bundled kit's is about 60 KB). */
    static final long MAX_BYTES = 50L * 1024 * 1024;
    static final int MAX_UNITS = 100_000;

    private ExchangeLimits() {
    }
}
