package org.joinery.synth;

/** How often each error could occur and did occur, per source: the realised error rates. */
public final class ErrorTally {

    private final long[][] eligible = new long[Source.values().length][ErrorType.values().length];
    private final long[][] applied = new long[Source.values().length][ErrorType.values().length];

    void count(Source source, ErrorType type, boolean made) {
        eligible[source.ordinal()][type.ordinal()]++;
        if (made) {
            applied[source.ordinal()][type.ordinal()]++;
        }
    }

    void add(ErrorTally other) {
        for (int s = 0; s < eligible.length; s++) {
            for (int t = 0; t < eligible[s].length; t++) {
                eligible[s][t] += other.eligible[s][t];
                applied[s][t] += other.applied[s][t];
            }
        }
    }

    public long eligible(Source source, ErrorType type) {
        return eligible[source.ordinal()][type.ordinal()];
    }

    public long applied(Source source, ErrorType type) {
        return applied[source.ordinal()][type.ordinal()];
    }

    public long eligible(ErrorType type) {
        long total = 0;
        for (Source source : Source.values()) {
            total += eligible(source, type);
        }
        return total;
    }

    public long applied(ErrorType type) {
        long total = 0;
        for (Source source : Source.values()) {
            total += applied(source, type);
        }
        return total;
    }
}
