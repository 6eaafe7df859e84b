package org.joinery.linkage.jmh;

import java.util.concurrent.TimeUnit;
import org.joinery.linkage.compare.DamerauLevenshtein;
import org.joinery.linkage.compare.JaroWinkler;
import org.joinery.linkage.compare.Normaliser;
import org.joinery.linkage.compare.Phonetic;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Time per call of the comparators on short names, as the scoring loop calls them (precomputed characters).
 * Run with {@code ./mvnw -q -B -Pbench -pl linkage compile exec:exec}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ComparatorBenchmark {

    private static final String[][] NAMES = {{"martha", "marhta"}, {"jonathan", "johnathon"}, {"smith", "smyth"},
            {"catherine", "kathryn"}, {"mohammed", "muhammad"}, {"oconnor", "oconner"}, {"elizabeth", "elisabeth"},
            {"li", "lee"}};

    private final char[][] left = new char[NAMES.length][];
    private final char[][] right = new char[NAMES.length][];
    private final DamerauLevenshtein.Scratch scratch = new DamerauLevenshtein.Scratch();
    private int next;

    public ComparatorBenchmark() {
        for (int i = 0; i < NAMES.length; i++) {
            left[i] = NAMES[i][0].toCharArray();
            right[i] = NAMES[i][1].toCharArray();
        }
    }

    private int pair() {
        next = (next + 1) & 7;
        return next;
    }

    @Benchmark
    public double jaroWinklerOnShortNames() {
        int i = pair();
        return JaroWinkler.similarity(left[i], right[i], scratch.jaroWinklerPositions());
    }

    @Benchmark
    public boolean damerauLevenshteinWithinTwoOnShortNames() {
        int i = pair();
        return DamerauLevenshtein.within(left[i], right[i], 2, scratch);
    }

    @Benchmark
    public String phoneticKeyOfAShortName() {
        return Phonetic.key(NAMES[pair()][0]);
    }

    @Benchmark
    public String normalisingAName() {
        return Normaliser.compact(NAMES[pair()][1]);
    }
}
