package org.campaignkit.memory;

/** How alike two token sequences are, from 0 to 100: one minus the edit distance over the longer length. */
final class Similarity {
    private Similarity() {
    }

    static int score(String[] a, String[] b) {
        int longer = Math.max(a.length, b.length);
        if (longer == 0) {
            return 100;
        }
        return (int) Math.floor(100.0 * (longer - distance(a, b)) / longer);
    }

    /** Levenshtein distance over tokens (insert, delete, replace a word), in two rows of memory. */
    static int distance(String[] a, String[] b) {
        int[] previous = new int[b.length + 1];
        int[] current = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            current[0] = i;
            for (int j = 1; j <= b.length; j++) {
                int replace = previous[j - 1] + (a[i - 1].equals(b[j - 1]) ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length];
    }
}
