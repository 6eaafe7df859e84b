package org.joinery.testing.fuzz;

import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A small property-based test runner on JUnit Jupiter: a property is checked against many generated cases, each
 * made from its own seeded {@link Random}, so a failing case is reported with the seed that makes it again.
 *
 * <p>Every property has a number of tries fit for CI; {@code -Djoinery.fuzz.scale=N} multiplies them all for a
 * full run, and {@code -Djoinery.fuzz.seed=S} replays a run (docs/operations.md, "Fuzzing"). Each property prints
 * how many cases it checked, and the run prints the total when the test JVM ends.
 */
public final class Fuzz {

    public static final String SCALE = "joinery.fuzz.scale";
    public static final String SEED = "joinery.fuzz.seed";

    private static final AtomicLong CASES = new AtomicLong();
    private static final AtomicLong PROPERTIES = new AtomicLong();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.printf(
                "Fuzzing: %,d generated cases in %d properties, 0 failures unless reported above%n",
                CASES.get(), PROPERTIES.get())));
    }

    private Fuzz() {
    }

    /** The tries for a property: its CI default times the scale asked for. */
    public static int tries(int ciDefault) {
        return (int) Math.min(Integer.MAX_VALUE, (long) ciDefault * Long.getLong(SCALE, 1L));
    }

    /**
     * Checks the property on {@code tries(ciDefault)} generated cases.
     *
     * @param check throws (an assertion) when a case falsifies the property
     * @return the number of cases checked
     */
    public static <T> int forAll(String property, int ciDefault, Function<Random, T> generate, Consumer<T> check) {
        int tries = tries(ciDefault);
        long seed = Long.getLong(SEED, new Random().nextLong());
        for (int i = 0; i < tries; i++) {
            long caseSeed = seed + i;
            T input = generate.apply(new Random(caseSeed));
            try {
                check.accept(input);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("Property '" + property + "' falsified by case " + (i + 1) + " of " + tries
                        + " (replay the run with -D" + SEED + "=" + seed + "):\n" + e.getMessage() + "\nThe case: " + Gen.show(input), e);
            }
        }
        CASES.addAndGet(tries);
        PROPERTIES.incrementAndGet();
        System.out.printf("fuzz: %s: %,d cases passed (seed %d)%n", property, tries, seed);
        return tries;
    }
}
