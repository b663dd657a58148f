package org.campaignkit.memory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * A search index over the memory for one language pair: an inverted index from word to segments
 * narrows 50,000 segments to the few sharing most words with the asked text (Dice coefficient),
 * and only those get the exact word-level edit distance. Built once, read by many lookups.
 */
final class MemoryIndex {
    /** Below this a match helps less than translating from scratch. */
    static final int MIN_SCORE = 50;
    /** Candidates scored exactly after the word-overlap filter. */
    private static final int CANDIDATES = 200;
    private static final double MIN_DICE = 0.4;

    private final String sourceLanguage;
    private final Segment[] segments;
    private final String[][] tokens;
    private final int[] uniqueCounts;
    private final Map<String, int[]> postings;
    private final Map<String, List<Integer>> exact = new HashMap<>();

    /** Indexes the segments of one language pair, given oldest first. */
    MemoryIndex(String sourceLanguage, List<Segment> pairSegments) {
        this.sourceLanguage = sourceLanguage;
        this.segments = pairSegments.toArray(Segment[]::new);
        this.tokens = new String[segments.length][];
        this.uniqueCounts = new int[segments.length];
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int i = 0; i < segments.length; i++) {
            tokens[i] = SegmentTokens.of(segments[i].sourceText(), sourceLanguage);
            Set<String> unique = new HashSet<>(Arrays.asList(tokens[i]));
            uniqueCounts[i] = unique.size();
            for (String t : unique) {
                lists.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
            }
            exact.computeIfAbsent(segments[i].sourceText().strip(), k -> new ArrayList<>()).add(i);
        }
        postings = new HashMap<>(lists.size() * 2);
        lists.forEach((t, ids) -> postings.put(t, ids.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** The best suggestions for a source text, best first, at most {@code limit}, one per distinct translation. */
    List<Suggestion> suggestions(String sourceText, int limit) {
        String[] query = SegmentTokens.of(sourceText, sourceLanguage);
        List<Scored> scored = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int id : exact.getOrDefault(sourceText.strip(), List.of())) {
            scored.add(new Scored(id, 100));
            seen.add(id);
        }
        for (int id : candidates(query)) {
            if (seen.contains(id)) {
                continue;
            }
            int score = Arrays.equals(query, tokens[id]) ? 99 : Math.min(98, Similarity.score(query, tokens[id]));
            if (score >= MIN_SCORE) {
                scored.add(new Scored(id, score));
            }
        }
        // Best score first; among equals, the most recently learned.
        scored.sort(Comparator.comparingInt(Scored::score).reversed().thenComparing(Comparator.comparingInt(Scored::id).reversed()));
        List<String> queryNames = PlaceholderNames.of(sourceText);
        Set<String> texts = new LinkedHashSet<>();
        List<Suggestion> out = new ArrayList<>();
        for (Scored s : scored) {
            Segment seg = segments[s.id()];
            String text = PlaceholderNames.renamed(seg.targetText(), seg.sourceText(), queryNames);
            if (texts.add(text)) {
                out.add(new Suggestion(text, s.score(), seg.kitId(), seg.key(), seg.sourceText()));
                if (out.size() == limit) {
                    break;
                }
            }
        }
        return out;
    }

    private record Scored(int id, int score) {
    }

    /** Segments sharing the most words with the query, by Dice coefficient over distinct words. */
    private int[] candidates(String[] query) {
        Set<String> unique = new HashSet<>(Arrays.asList(query));
        if (unique.isEmpty()) {
            return new int[0];
        }
        int[] shared = new int[segments.length];
        List<Integer> touched = new ArrayList<>();
        for (String t : unique) {
            for (int id : postings.getOrDefault(t, new int[0])) {
                if (shared[id]++ == 0) {
                    touched.add(id);
                }
            }
        }
        PriorityQueue<double[]> best = new PriorityQueue<>(Comparator.comparingDouble(a -> a[1]));
        for (int id : touched) {
            double dice = 2.0 * shared[id] / (unique.size() + uniqueCounts[id]);
            if (dice >= MIN_DICE) {
                best.add(new double[] {id, dice});
                if (best.size() > CANDIDATES) {
                    best.poll();
                }
            }
        }
        return best.stream().mapToInt(a -> (int) a[0]).toArray();
    }
}
