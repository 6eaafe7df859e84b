package org.joinery.synth;

/**
 * A small seeded random generator (SplitMix64). Every resident, household and source record gets
 * its own stream derived from the run's seed and its position, so output never depends on
 * thread scheduling or on which other parts of the run were generated.
 */
final class SplitRandom {

    private long state;

    SplitRandom(long seed) {
        this.state = seed;
    }

    /** A stream for one thing, identified by the run seed, a purpose and an index. */
    static SplitRandom of(long seed, long purpose, long index) {
        return new SplitRandom(mix(mix(seed ^ mix(purpose * 0x9E3779B97F4A7C15L)) + index));
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        state += 0x9E3779B97F4A7C15L;
        return mix(state);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound). */
    int nextInt(int bound) {
        return (int) ((nextLong() >>> 33) % bound);
    }

    /** Uniform in [from, to] inclusive. */
    int between(int from, int to) {
        return from + nextInt(to - from + 1);
    }

    boolean chance(double probability) {
        return nextDouble() < probability;
    }

    <T> T pick(java.util.List<T> items) {
        return items.get(nextInt(items.size()));
    }

    /** Index drawn from cumulative weights (last element is the total). */
    int pickCumulative(double[] cumulative) {
        double x = nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] > x) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }
}
