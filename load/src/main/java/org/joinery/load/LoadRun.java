package org.joinery.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * A closed-loop load run: every practitioner signs in first (a few at a time, as a morning's sign-ins would
 * and within the sign-in limits), then each loops on its own thread — a search, a pause to read the results,
 * the page of one of the persons found, a pause to read it — until the time or the request budget is spent.
 * Each starts after a random part of one pause, so that they do not all click at the same instant. Every
 * random choice comes from the run's seed. It stops by itself and only ever talks to 127.0.0.1.
 */
public final class LoadRun {

    /** Longest run and most practitioners allowed: this is a benchmark, not a denial of service. */
    public static final Duration LONGEST = Duration.ofHours(1);
    public static final int MOST_USERS = 1000;

    /**
     * @param usernames     one per virtual practitioner
     * @param maxRequests   the request budget: the run stops when it is spent even if time remains
     * @param think         pause after each answer (zero for none)
     * @param signInAtOnce  sign-ins in flight at once
     * @param seed          for every practitioner's choices and pauses: the same seed, the same run
     */
    public record Options(URI base, List<String> usernames, String password, List<SearchInput> inputs, Duration duration,
                          long maxRequests, ThinkTime think, int signInAtOnce, long seed) {

        public Options {
            if (!"127.0.0.1".equals(base.getHost()) || !"http".equals(base.getScheme())) {
                throw new IllegalArgumentException("The load driver only targets http://127.0.0.1 (given " + base + ")");
            }
            if (usernames.isEmpty() || usernames.size() > MOST_USERS) {
                throw new IllegalArgumentException("Between 1 and " + MOST_USERS + " practitioners (given " + usernames.size() + ")");
            }
            if (duration.isNegative() || duration.isZero() || duration.compareTo(LONGEST) > 0) {
                throw new IllegalArgumentException("A duration above zero and at most " + LONGEST + " (given " + duration + ")");
            }
            if (maxRequests < 1 || inputs.isEmpty() || signInAtOnce < 1) {
                throw new IllegalArgumentException("A request budget, searches to make and at least one sign-in at once");
            }
            usernames = List.copyOf(usernames);
            inputs = List.copyOf(inputs);
        }
    }

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final int MOST_ERRORS_SHOWN = 10;

    private final Options options;
    private final AtomicLong budget;
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong emptySearches = new AtomicLong();
    private final List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, LoadResult.Answered> answered = new ConcurrentHashMap<>();

    public LoadRun(Options options) {
        this.options = options;
        this.budget = new AtomicLong(options.maxRequests());
    }

    public LoadResult run() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(REQUEST_TIMEOUT).build();
        List<Practitioner> practitioners = new ArrayList<>();
        for (String username : options.usernames()) {
            practitioners.add(new Practitioner(http, options.base(), username, options.password(), REQUEST_TIMEOUT));
        }
        double loadAtStart = loadAverage();
        long signInStart = System.nanoTime();
        List<Practitioner> signedIn = signIn(practitioners);
        double signInSeconds = (System.nanoTime() - signInStart) / 1e9;

        ExecutorService threads = Executors.newFixedThreadPool(Math.max(1, signedIn.size()), daemon("practitioner"));
        List<Future<Histogram[]>> loops = new ArrayList<>();
        long start = System.nanoTime();
        long deadline = start + options.duration().toNanos();
        for (int i = 0; i < signedIn.size(); i++) {
            Practitioner practitioner = signedIn.get(i);
            SplittableRandom random = new SplittableRandom(options.seed() * 1_000_003L + i);
            loops.add(threads.submit(() -> loop(practitioner, deadline, random)));
        }
        List<Double> samples = new ArrayList<>();
        while (System.nanoTime() < deadline && budget.get() > 0 && !allDone(loops)) {
            samples.add(loadAverage());
            TimeUnit.MILLISECONDS.sleep(Math.min(10_000, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
        }
        Histogram all = histogram();
        Histogram searches = histogram();
        Histogram persons = histogram();
        for (Future<Histogram[]> loop : loops) {
            try {
                Histogram[] measured = loop.get(REQUEST_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
                searches.add(measured[0]);
                persons.add(measured[1]);
            } catch (Exception e) {
                error("a practitioner's loop ended abnormally: " + e);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        threads.shutdownNow();
        all.add(searches);
        all.add(persons);
        double loadAtEnd = loadAverage();
        samples.add(loadAtEnd);
        double mean = samples.stream().mapToDouble(Double::doubleValue).average().orElse(loadAtEnd);
        double max = samples.stream().mapToDouble(Double::doubleValue).max().orElse(loadAtEnd);
        return new LoadResult(signedIn.size(), seconds, all, searches, persons, emptySearches.get(), errors.get(),
                List.copyOf(firstErrors),
                new TreeMap<>(answered), signInSeconds,
                new LoadResult.MachineLoad(loadAtStart, loadAtEnd, mean, max, Runtime.getRuntime().availableProcessors()));
    }

    private List<Practitioner> signIn(List<Practitioner> practitioners) throws InterruptedException {
        ExecutorService signing = Executors.newFixedThreadPool(options.signInAtOnce(), daemon("sign-in"));
        List<Future<Practitioner>> done = new ArrayList<>();
        for (Practitioner practitioner : practitioners) {
            done.add(signing.submit(() -> {
                try {
                    practitioner.signIn();
                    return practitioner;
                } catch (Exception e) {
                    error(e.getMessage());
                    return null;
                }
            }));
        }
        List<Practitioner> signedIn = new ArrayList<>();
        for (Future<Practitioner> one : done) {
            try {
                Practitioner practitioner = one.get();
                if (practitioner != null) {
                    signedIn.add(practitioner);
                }
            } catch (java.util.concurrent.ExecutionException e) {
                error(e.getCause().toString());
            }
        }
        signing.shutdownNow();
        return signedIn;
    }

    /** Search, then one of the persons found; each answer timed. Returns the searches' and the person pages' times. */
    private Histogram[] loop(Practitioner practitioner, long deadline, SplittableRandom random) throws InterruptedException {
        Histogram searches = histogram();
        Histogram persons = histogram();
        long searched = 0;
        long viewed = 0;
        List<SearchInput> inputs = options.inputs();
        if (!options.think().isZero()) {
            Thread.sleep((long) (random.nextDouble() * options.think().nextMillis(random)));
        }
        while (System.nanoTime() < deadline && budget.getAndDecrement() > 0) {
            long began = System.nanoTime();
            try {
                List<String> found = practitioner.search(inputs.get(random.nextInt(inputs.size())));
                searches.recordValue(micros(began));
                searched++;
                if (found.isEmpty()) {
                    emptySearches.incrementAndGet();
                }
                think(random);
                if (!found.isEmpty() && System.nanoTime() < deadline && budget.getAndDecrement() > 0) {
                    String joineryId = found.get(random.nextInt(Math.min(3, found.size())));
                    began = System.nanoTime();
                    practitioner.person(joineryId);
                    persons.recordValue(micros(began));
                    viewed++;
                    think(random);
                }
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                error(e instanceof Practitioner.Failure ? e.getMessage() : practitioner.username + ": " + e);
            }
        }
        answered.put(practitioner.username, new LoadResult.Answered(searched, viewed));
        return new Histogram[] {searches, persons};
    }

    private void think(SplittableRandom random) throws InterruptedException {
        if (!options.think().isZero()) {
            Thread.sleep(options.think().nextMillis(random));
        }
    }

    private void error(String message) {
        if (errors.incrementAndGet() <= MOST_ERRORS_SHOWN) {
            firstErrors.add(message);
        }
    }

    private static boolean allDone(List<? extends Future<?>> futures) {
        return futures.stream().allMatch(Future::isDone);
    }

    private static long micros(long began) {
        return (System.nanoTime() - began) / 1000;
    }

    private static Histogram histogram() {
        return new Histogram(TimeUnit.MINUTES.toMicros(2), 3);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicLong count = new AtomicLong();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The 1-minute load average (Linux); NaN where /proc/loadavg does not exist. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (Exception e) {
            return Double.NaN;
        }
    }
}
