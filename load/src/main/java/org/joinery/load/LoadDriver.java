package org.joinery.load;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The load benchmark's command line (docs/operations.md, "Load test"); scripts/load-test.sh starts Joinery, runs
 * it and stops Joinery. Against a Joinery serving the demo borough with bench practitioner accounts
 * (JOINERY_DEMO_BENCH_PRACTITIONERS), for example:
 * <pre>
 * JOINERY_DEMO_PASSWORD=... ./mvnw -q -B -pl load compile exec:java \
 *     -Dexec.args="--url http://127.0.0.1:8080 --users 200 --duration 10m --borough data/borough"
 * </pre>
 * Exits 0 when every request was answered as it should be, 1 when any was not, 2 on bad options.
 */
public final class LoadDriver {

    private static final String USAGE = """
            usage: LoadDriver --url http://127.0.0.1:PORT --borough FOLDER [--users 200] [--duration 10m]
                              [--max-requests 10000000] [--think 3s] [--think-shape exponential]
                              [--misses 0.2] [--seed 42] [--sign-in-at-once 4]
                              [--username bench.practitioner.%03d] [--first-user 1]
            --think is each practitioner's mean pause after an answer (0ms: none, the saturation run);
            --think-shape exponential, uniform or fixed; --misses the share of searches for residents no
            agency knows. The password is read from JOINERY_DEMO_PASSWORD.""";

    private LoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        LoadRun.Options options;
        try {
            options = options(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        System.out.printf(Locale.ROOT, "Load run: %d practitioners for %s against %s, think time %s, %d searches, seed %d%n",
                options.usernames().size(), options.duration(), options.base(), options.think(), options.inputs().size(),
                options.seed());
        LoadResult result = new LoadRun(options).run();
        System.out.print(result.toText());
        System.exit(result.errors() == 0 ? 0 : 1);
    }

    static LoadRun.Options options(String[] args) throws java.io.IOException {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected " + arg);
            }
            int equals = arg.indexOf('=');
            if (equals > 0) {
                given.put(arg.substring(2, equals), arg.substring(equals + 1));
            } else if (i + 1 < args.length) {
                given.put(arg.substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException(arg + " needs a value");
            }
        }
        String url = required(given, "url");
        String borough = required(given, "borough");
        int users = Integer.parseInt(given.getOrDefault("users", "200"));
        int first = Integer.parseInt(given.getOrDefault("first-user", "1"));
        String pattern = given.getOrDefault("username", "bench.practitioner.%03d");
        List<String> usernames = new ArrayList<>();
        for (int i = first; i < first + users; i++) {
            usernames.add(String.format(Locale.ROOT, pattern, i));
        }
        String password = System.getenv("JOINERY_DEMO_PASSWORD");
        if (password == null || password.isBlank()) {
            throw new IllegalArgumentException("JOINERY_DEMO_PASSWORD must give the demo accounts' password");
        }
        long seed = Long.parseLong(given.getOrDefault("seed", "42"));
        double misses = Double.parseDouble(given.getOrDefault("misses", String.valueOf(SearchInputs.MISSES)));
        ThinkTime think = new ThinkTime(duration(given.getOrDefault("think", "3s")),
                ThinkTime.shape(given.getOrDefault("think-shape", "exponential")));
        return new LoadRun.Options(URI.create(url), usernames, password, SearchInputs.fromBorough(Path.of(borough), misses, seed),
                duration(given.getOrDefault("duration", "10m")), Long.parseLong(given.getOrDefault("max-requests", "10000000")),
                think, Integer.parseInt(given.getOrDefault("sign-in-at-once", "4")), seed);
    }

    private static String required(Map<String, String> given, String name) {
        String value = given.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    /** 10m, 90s, 250ms. */
    static Duration duration(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            } else if (t.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
            } else if (t.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("a duration such as 10m, 90s or 250ms (given " + text + ")");
    }
}
