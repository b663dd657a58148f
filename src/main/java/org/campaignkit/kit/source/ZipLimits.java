package org.campaignkit.kit.source;

/**
 * Bounds that keep a hostile zip (a zip bomb, a million tiny entries) from exhausting memory or
 * disk: how many entries, how many bytes in all, and how far one entry may expand.
 */
public record ZipLimits(int maxEntries, long maxTotalBytes, long maxEntryBytes, int maxRatio) {
    public static final ZipLimits DEFAULT = new ZipLimits(10_000, 512L << 20, 64L << 20, 100);

    /** Small entries are exempt from the ratio check: a tiny JSON file of spaces compresses well and is harmless. */
    public static final long RATIO_EXEMPT_BYTES = 1L << 20;
}
