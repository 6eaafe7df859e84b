package org.joinery.linkage.predict;

import java.util.Arrays;

/**
 * Scored candidate pairs kept by a prediction (those at or above its minimum weight), sorted by record, as
 * columns. {@code scored} counts every pair scored, kept or not.
 */
public final class ScoredPairs {

    private final int[] left;
    private final int[] right;
    private final float[] weight;
    private final byte[] rule;
    private final long scored;
    private final long[] scoredPerRule;
    private final Timing timing;

    /**
     * How long scoring took: wall time, the CPU time of the scoring threads, and how many there were.
     */
    public record Timing(long wallNanos, long cpuNanos, int threads) {
        /** Scored pairs per second of CPU time: the speed of one core, however busy the machine. */
        public double pairsPerCpuSecond(long pairs) {
            return pairs / (cpuNanos / 1e9);
        }
    }

    ScoredPairs(int[] left, int[] right, float[] weight, byte[] rule, long scored, long[] scoredPerRule, Timing timing) {
        this.timing = timing;
        this.left = left;
        this.right = right;
        this.weight = weight;
        this.rule = rule;
        this.scored = scored;
        this.scoredPerRule = scoredPerRule;
    }

    public int size() {
        return left.length;
    }

    public int left(int pair) {
        return left[pair];
    }

    public int right(int pair) {
        return right[pair];
    }

    public double weight(int pair) {
        return weight[pair];
    }

    public double probability(int pair) {
        return Scorer.probability(weight[pair]);
    }

    public int rule(int pair) {
        return rule[pair];
    }

    public Timing timing() {
        return timing;
    }

    public long scored() {
        return scored;
    }

    /** Pairs scored that each rule was the first to generate. */
    public long[] scoredPerRule() {
        return scoredPerRule.clone();
    }

    /** Growable columns one worker fills. */
    static final class Builder {
        int[] left = new int[1024];
        int[] right = new int[1024];
        float[] weight = new float[1024];
        byte[] rule = new byte[1024];
        int size;

        void add(int a, int b, float w, int r) {
            if (size == left.length) {
                int capacity = size * 2;
                left = Arrays.copyOf(left, capacity);
                right = Arrays.copyOf(right, capacity);
                weight = Arrays.copyOf(weight, capacity);
                rule = Arrays.copyOf(rule, capacity);
            }
            left[size] = a;
            right[size] = b;
            weight[size] = w;
            rule[size] = (byte) r;
            size++;
        }
    }

    /**
     * Pairs scored elsewhere (the live index, for incremental linking) as a prediction would keep them: each
     * pair once, smaller record first, sorted by record. Each pair counts as scored and as the first rule's.
     */
    public static ScoredPairs of(int records, int[] left, int[] right, float[] weight) {
        Builder builder = new Builder();
        for (int p = 0; p < left.length; p++) {
            builder.add(Math.min(left[p], right[p]), Math.max(left[p], right[p]), weight[p], 0);
        }
        return merge(java.util.List.of(builder), records, left.length, new long[] {left.length}, new Timing(0, 0, 1));
    }

    /** No pairs: what a run with nothing to score has. */
    public static ScoredPairs none(int records) {
        return merge(java.util.List.of(), records, 0, new long[0], new Timing(0, 0, 1));
    }

    /** Merges the workers' columns, sorted by (left, right) so output does not depend on scheduling. */
    static ScoredPairs merge(Iterable<Builder> builders, int records, long scored, long[] scoredPerRule, Timing timing) {
        int total = 0;
        for (Builder builder : builders) {
            total += builder.size;
        }
        // Counting sort by left record, then each left record's few pairs by right record.
        int[] start = new int[records + 1];
        for (Builder builder : builders) {
            for (int i = 0; i < builder.size; i++) {
                start[builder.left[i] + 1]++;
            }
        }
        for (int r = 0; r < records; r++) {
            start[r + 1] += start[r];
        }
        int[] next = Arrays.copyOf(start, records);
        int[] left = new int[total];
        int[] right = new int[total];
        float[] weight = new float[total];
        byte[] rule = new byte[total];
        for (Builder builder : builders) {
            for (int i = 0; i < builder.size; i++) {
                int at = next[builder.left[i]]++;
                left[at] = builder.left[i];
                right[at] = builder.right[i];
                weight[at] = builder.weight[i];
                rule[at] = builder.rule[i];
            }
        }
        for (int r = 0; r < records; r++) {
            int from = start[r];
            int to = start[r + 1];
            if (to - from > 1) {
                long[] byRight = new long[to - from];
                for (int i = from; i < to; i++) {
                    byRight[i - from] = ((long) right[i] << 32) | (i - from);
                }
                Arrays.sort(byRight);
                float[] w = Arrays.copyOfRange(weight, from, to);
                byte[] ru = Arrays.copyOfRange(rule, from, to);
                for (int i = 0; i < byRight.length; i++) {
                    int old = (int) byRight[i];
                    right[from + i] = (int) (byRight[i] >>> 32);
                    weight[from + i] = w[old];
                    rule[from + i] = ru[old];
                }
            }
        }
        return new ScoredPairs(left, right, weight, rule, scored, scoredPerRule, timing);
    }
}
