package org.joinery.testing.fuzz;

import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A small property-based test runner on JUnit Jupiter: a property is checked against many generated cases, each
 * made from its own seeded {@link Random}, so a failing case is reported with the seed that makes it again, and
 * shrunk to a smallest case that still fails.
 *
 * <p>Every property has a number of cases fit for CI. {@code -Djoinery.fuzz.cases=N} runs N cases of every
 * property instead, {@code -Djoinery.fuzz.scale=N} multiplies the defaults, and {@code -Djoinery.fuzz.seed=S}
 * replays a run: case i of a run is made from seed S + i, so {@code -Djoinery.fuzz.seed=<the case's seed>
 * -Djoinery.fuzz.cases=1} replays one failing case alone (docs/operations.md, "Fuzzing"). Each property prints
 * how many cases it checked with its seed, and the test JVM prints the total when it ends.
 */
public final class Fuzz {

    public static final String CASES_PROPERTY = "joinery.fuzz.cases";
    public static final String SCALE = "joinery.fuzz.scale";
    public static final String SEED = "joinery.fuzz.seed";

    /** Shrinking stops after this many smaller candidates were tried, so a slow property still fails quickly. */
    private static final int SHRINK_TRIES = 2_000;

    private static final AtomicLong CASES = new AtomicLong();
    private static final AtomicLong PROPERTIES = new AtomicLong();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.printf(
                "Fuzzing: %,d generated cases in %d properties, 0 failures unless reported above%n",
                CASES.get(), PROPERTIES.get())));
    }

    private Fuzz() {
    }

    /** The cases for a property: {@code joinery.fuzz.cases} if set, else its CI default times the scale asked for. */
    public static int tries(int ciDefault) {
        Long cases = Long.getLong(CASES_PROPERTY);
        long tries = cases != null ? cases : (long) ciDefault * Long.getLong(SCALE, 1L);
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, tries));
    }

    /** Checks the property on generated cases, without shrinking a failing one. */
    public static <T> int forAll(String property, int ciDefault, Function<Random, T> generate, Consumer<T> check) {
        return forAll(property, ciDefault, generate, Shrink.none(), check);
    }

    /**
     * Checks the property on {@code tries(ciDefault)} generated cases; the first that falsifies it is shrunk
     * (each smaller candidate that still fails replaces it) and reported with its seed.
     *
     * @param check throws (an assertion) when a case falsifies the property
     * @return the number of cases checked
     */
    public static <T> int forAll(String property, int ciDefault, Function<Random, T> generate, Shrink<T> shrink,
                                 Consumer<T> check) {
        int tries = tries(ciDefault);
        long seed = Long.getLong(SEED, new Random().nextLong());
        for (int i = 0; i < tries; i++) {
            long caseSeed = seed + i;
            T input = generate.apply(new Random(caseSeed));
            Throwable failure = failure(check, input);
            if (failure != null) {
                throw falsified(property, i, tries, seed, caseSeed, input, failure, shrink, check);
            }
        }
        CASES.addAndGet(tries);
        PROPERTIES.incrementAndGet();
        System.out.printf("fuzz: %s: %,d cases passed (seed %d)%n", property, tries, seed);
        return tries;
    }

    private static <T> AssertionError falsified(String property, int index, int tries, long seed, long caseSeed, T input,
                                                Throwable failure, Shrink<T> shrink, Consumer<T> check) {
        T smallest = input;
        Throwable smallestFailure = failure;
        int tried = 0;
        int steps = 0;
        boolean smaller = true;
        while (smaller && tried < SHRINK_TRIES) {
            smaller = false;
            for (T candidate : (Iterable<T>) shrink.candidates(smallest)::iterator) {
                if (++tried > SHRINK_TRIES) {
                    break;
                }
                Throwable candidateFailure = failure(check, candidate);
                if (candidateFailure != null) {
                    smallest = candidate;
                    smallestFailure = candidateFailure;
                    steps++;
                    smaller = true;
                    break;
                }
            }
        }
        String message = "Property '" + property + "' falsified by case " + (index + 1) + " of " + tries
                + " (replay the run with -D" + SEED + "=" + seed + ", this case alone with -D" + SEED + "=" + caseSeed
                + " -D" + CASES_PROPERTY + "=1)\n"
                + (steps == 0 ? "" : "Shrunk in " + steps + " steps to:\n  " + Gen.show(smallest) + "\nwhich fails with: "
                + smallestFailure + "\n")
                + "The case as generated: " + Gen.show(input) + "\nfails with: " + failure;
        return new AssertionError(message, smallestFailure);
    }

    private static <T> Throwable failure(Consumer<T> check, T input) {
        try {
            check.accept(input);
            return null;
        } catch (AssertionError | RuntimeException | StackOverflowError e) {
            return e;
        }
    }
}
