package org.joinery.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.joinery.load.LoadResult;
import org.joinery.load.LoadRun;
import org.joinery.load.SearchInputs;
import org.joinery.load.ThinkTime;
import org.joinery.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The load benchmark's driver, briefly, on every build: the demo borough with bench practitioner accounts, twenty of
 * them signed in at once searching at the front door and opening persons found, over real HTTP, for fifteen seconds.
 * Every request is answered as it should be and every person page served has its audit entry. It asserts
 * no response times: those are measured by the benchmark (docs/benchmarks.md), never by a unit test on a shared
 * machine. Embedded H2 only (the demo's database); the full benchmark runs on PostgreSQL.
 */
@Tag("load")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class BenchPractitionersLoadTest {

    private static final int PRACTITIONERS = 20;
    private static final String PASSWORD = "bench-password-for-the-load-test";
    private static final Path BOROUGH = folder().resolve("borough");

    @DynamicPropertySource
    static void demo(DynamicPropertyRegistry registry) {
        registry.add("joinery.demo.enabled", () -> "true");
        registry.add("joinery.demo.bench-practitioners", () -> String.valueOf(PRACTITIONERS));
        registry.add("JOINERY_DEMO_PASSWORD", () -> PASSWORD);
        registry.add("joinery.borough.dir", BOROUGH::toString);
        registry.add("joinery.borough.residents", () -> "3000");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twentyPractitionersAtOnceGetEveryAnswerAndEveryPersonPageTheyAreShownIsAudited() throws Exception {
        List<String> usernames = IntStream.rangeClosed(1, PRACTITIONERS)
                .mapToObj(i -> String.format(Locale.ROOT, "bench.practitioner.%03d", i)).toList();
        LoadResult result = new LoadRun(new LoadRun.Options(URI.create("http://127.0.0.1:" + port), usernames, PASSWORD,
                SearchInputs.fromBorough(BOROUGH), Duration.ofSeconds(15), 1_000_000, ThinkTime.none(), 4, 42)).run();
        System.out.print(result.toText());

        assertThat(result.errors()).as(String.join("\n", result.firstErrors())).isZero();
        assertThat(result.users()).isEqualTo(PRACTITIONERS);
        assertThat(result.answered()).hasSize(PRACTITIONERS);
        result.answered().forEach((username, answered) -> {
            assertThat(answered.searches()).as(username + " searched").isPositive();
            assertThat(answered.persons()).as(username + " opened a person found").isPositive();
            // The gate records before it answers: each person page served has its read of that person's involvements.
            assertThat(entries(username)).as(username + "'s person pages audited").isGreaterThanOrEqualTo(answered.persons());
        });
    }

    /** The practitioner's entries for reading one person's involvements, as each person page does first. */
    private long entries(String username) {
        return jdbc.queryForObject("select count(*) from audit_entry where actor_username = ? and category = 'INVOLVEMENT'"
                + " and action = 'READ' and subject_id is not null", Long.class, username);
    }

    private static Path folder() {
        try {
            return Files.createTempDirectory("joinery-load-test-");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
