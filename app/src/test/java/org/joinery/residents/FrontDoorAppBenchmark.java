package org.joinery.residents;

import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.joinery.access.Actor;
import org.joinery.access.Role;
import org.joinery.index.ResidentIndex;
import org.joinery.linkage.bench.FrontDoorBenchmark;
import org.joinery.linkage.data.Records;
import org.joinery.linkage.data.SyntheticPeople;
import org.joinery.linkage.model.PersonField;
import org.joinery.testing.IntegrationTest;
import org.joinery.testing.ResidentFixtures;
import org.joinery.testing.TestStaff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The front door through the application at scale, on PostgreSQL: N synthetic records and a person each in the
 * database, the resident index built from them as at startup, then many realistic searches through the front
 * door's service method — the access gate with its audit entry, the index, grouping by person — each timed.
 * Not a test: it runs only when asked, with {@code -Djoinery.bench.front-door=N}, and prints its figures.
 *
 * <pre>CI=true ./mvnw -B -pl app -am verify -Dtest=FrontDoorAppBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Djoinery.bench.front-door=1000000</pre>
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "joinery.bench.front-door", matches = "\\d+")
@EnabledIfSystemProperty(named = "joinery.test.db", matches = "postgresql")
class FrontDoorAppBenchmark {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    ResidentIndex index;

    @Autowired
    FrontDoor frontDoor;

    @Test
    void searchesAMillionRecordsThroughTheApplication() throws Exception {
        int n = Integer.parseInt(System.getProperty("joinery.bench.front-door"));
        TestStaff staff = new TestStaff(jdbc, passwords);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        UUID organisation = staff.organisation("Bench Council " + unique, "COUNCIL_SERVICE", false);
        String username = staff.user(organisation, "bench-" + unique, "Bench Practitioner", Role.PRACTITIONER);
        UUID userId = jdbc.queryForObject("select id from app_user where username = ?", UUID.class, username);
        Actor actor = new Actor(userId, username, organisation, false, Set.of(Role.PRACTITIONER));
        UUID source = new ResidentFixtures(jdbc).source(organisation, "bench-" + unique, false);

        long start = System.nanoTime();
        Records records = SyntheticPeople.generate(n, 7);
        copyRecords(source, records);
        jdbc.update("insert into person (id, joinery_id, created_at) select gen_random_uuid(), 'B' || lpad(id::text, 10, '0'),"
                + " now() from source_record where source_id = ?", source);
        jdbc.update("insert into person_record (source_record_id, person_id, linked_at) select r.id, p.id, now()"
                + " from source_record r join person p on p.joinery_id = 'B' || lpad(r.id::text, 10, '0') where r.source_id = ?",
                source);
        double loadSeconds = (System.nanoTime() - start) / 1e9;

        start = System.nanoTime();
        int size = index.rebuild();
        double buildSeconds = (System.nanoTime() - start) / 1e9;

        SplittableRandom random = new SplittableRandom(42);
        for (FrontDoorBenchmark.Query query : FrontDoorBenchmark.queries(records, 2_000, random)) {
            frontDoor.search(actor, query.values());
        }
        List<FrontDoorBenchmark.Query> queries = FrontDoorBenchmark.queries(records, 10_000, random);
        double[] wall = new double[queries.size()];
        double[] cpu = new double[queries.size()];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int found = 0;
        for (int q = 0; q < queries.size(); q++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            found += frontDoor.search(actor, queries.get(q).values()).persons().isEmpty() ? 0 : 1;
            wall[q] = (System.nanoTime() - t) / 1e6;
            cpu[q] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        String report = String.format(Locale.ROOT, """
                front door through the application (FrontDoor.search: gate + audit entry + index + persons), PostgreSQL
                records %,d (loaded into the database in %.1f s, not counted)
                index built from the database in %.1f s
                searches timed %,d (%,d with a likely match)
                wall p50 %.3f ms, p95 %.3f ms, p99 %.3f ms, max %.3f ms
                CPU p50 %.3f ms, p99 %.3f ms (this thread; the audit entry's database work is wall time)
                machine %d processors, load average %.2f
                """, size, loadSeconds, buildSeconds, queries.size(), found, at(wall, 0.5), at(wall, 0.95), at(wall, 0.99),
                wall[wall.length - 1], at(cpu, 0.5), at(cpu, 0.99), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println(report);
        Files.writeString(Path.of("target", "front-door-app-benchmark.txt"), report);
    }

    private static double at(double[] sorted, double share) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(share * sorted.length) - 1)];
    }

    /** PostgreSQL's COPY: a million rows in seconds rather than minutes of inserts. */
    private void copyRecords(UUID source, Records records) throws Exception {
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < records.size(); i++) {
            csv.append(source).append(',').append(records.describe(i).replace(',', ' ')).append(',').append(source).append(',')
                    .append(source).append(",1,").append("0".repeat(64)).append(",{},");
            for (PersonField field : List.of(PersonField.FORENAMES, PersonField.SURNAME, PersonField.SEX,
                    PersonField.DATE_OF_BIRTH, PersonField.ADDRESS, PersonField.POSTCODE, PersonField.NHS_NUMBER)) {
                String value = records.value(field, i);
                csv.append(value == null ? "" : '"' + value.replace("\"", "\"\"") + '"').append(',');
            }
            csv.append("2026-11-26T00:00:00Z\n");
        }
        try (Connection connection = jdbc.getDataSource().getConnection()) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy source_record (source_id, record_key, first_batch_id,"
                    + " batch_id, line_number, row_hash, raw_json, forenames, surname, sex, date_of_birth, address, postcode,"
                    + " nhs_number, updated_at) from stdin with (format csv)", new StringReader(csv.toString()));
        }
    }
}
