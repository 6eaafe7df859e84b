package org.joinery.synth;

/** How often each error could occur and did occur, per source: the realised error rates. */
public final class ErrorTally {

    private final long[][] eligible = new long[SyntheticSource.values().length][ErrorType.values().length];
    private final long[][] applied = new long[SyntheticSource.values().length][ErrorType.values().length];

    void count(SyntheticSource source, ErrorType type, boolean made) {
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

    public long eligible(SyntheticSource source, ErrorType type) {
        return eligible[source.ordinal()][type.ordinal()];
    }

    public long applied(SyntheticSource source, ErrorType type) {
        return applied[source.ordinal()][type.ordinal()];
    }

    public long eligible(ErrorType type) {
        long total = 0;
        for (SyntheticSource source : SyntheticSource.values()) {
            total += eligible(source, type);
        }
        return total;
    }

    public long applied(ErrorType type) {
        long total = 0;
        for (SyntheticSource source : SyntheticSource.values()) {
            total += applied(source, type);
        }
        return total;
    }
}
