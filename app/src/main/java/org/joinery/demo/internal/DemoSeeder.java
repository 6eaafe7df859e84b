package org.joinery.demo.internal;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.joinery.access.Role;
import org.joinery.accounts.NewAccount;
import org.joinery.accounts.Provisioning;
import org.joinery.accounts.StaffAccount;
import org.joinery.demo.BoroughFolder;
import org.joinery.organisations.Organisation;
import org.joinery.organisations.Organisations;
import org.joinery.organisations.Team;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo borough's organisations, teams and staff into the fresh demo database and prints
 * how to sign in. Every demo account shares one password, made up for this run unless
 * JOINERY_DEMO_PASSWORD gives one, so no password lives in the repository.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE) // last, so the sign-ins are the last thing printed
@ConditionalOnProperty(name = "joinery.demo.enabled", havingValue = "true")
class DemoSeeder implements ApplicationRunner {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final Organisations organisations;
    private final Provisioning provisioning;
    private final DemoResidentIndex residentIndex;
    private final BoroughFolder borough;
    private final String password;
    private final int port;
    private final int benchPractitioners;
    private final PrintStream out = System.out;

    DemoSeeder(Organisations organisations, Provisioning provisioning, DemoResidentIndex residentIndex, BoroughFolder borough,
            @Value("${JOINERY_DEMO_PASSWORD:}") String password, @Value("${local.server.port:${server.port:8080}}") int port,
            @Value("${joinery.demo.bench-practitioners:0}") int benchPractitioners) {
        this.organisations = organisations;
        this.provisioning = provisioning;
        this.residentIndex = residentIndex;
        this.borough = borough;
        this.password = password.isBlank() ? madeUpPassword() : password;
        this.port = port;
        this.benchPractitioners = benchPractitioners;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (organisations.host().isPresent()) {
            return; // already seeded
        }
        List<String[]> signIns = new ArrayList<>();
        List<UUID[]> practitionerTeams = new ArrayList<>();
        Map<String, Organisation> byKey = new HashMap<>();
        UUID governance = null;
        for (DemoOrganisation demo : DemoBorough.ORGANISATIONS) {
            Organisation organisation = organisations.create(demo.name(), demo.type(), demo.host());
            byKey.put(demo.key(), organisation);
            Map<String, UUID> teams = new HashMap<>();
            for (String teamName : demo.teams()) {
                Team team = organisations.createTeam(organisation.id(), teamName);
                teams.put(teamName, team.id());
            }
            for (DemoOrganisation.DemoStaff staff : demo.staff()) {
                String username = staff.username(demo);
                UUID team = teams.get(staff.team() != null ? staff.team() : demo.teams().get(0));
                StaffAccount account = provisioning.createUser(Provisioning.Process.DEMO_SEED, new NewAccount(username,
                        staff.displayName(), username + "@demo.joinery.invalid", organisation.id(), team, Set.of(staff.role()),
                        password));
                if (staff.role() == Role.PRACTITIONER) {
                    practitionerTeams.add(new UUID[] {organisation.id(), team});
                }
                if (demo.host() && staff.role() == Role.INFORMATION_GOVERNANCE_OFFICER) {
                    governance = account.id();
                }
                signIns.add(new String[] {username, staff.role().name().toLowerCase().replace('_', ' '), demo.name()});
            }
        }
        createBenchPractitioners(practitionerTeams);
        out.println("Filling the resident index from the demo borough's extracts...");
        residentIndex.seed(byKey, governance, borough.path(), out);
        print(signIns);
    }

    /**
     * For the load benchmark only (docs/operations.md, "Load test"): {@code bench.practitioner.001} and on, spread
     * over the organisations that have a practitioner, in that practitioner's team, with every demo account's password.
     */
    private void createBenchPractitioners(List<UUID[]> practitionerTeams) {
        if (benchPractitioners <= 0) {
            return;
        }
        out.printf("Creating %d bench practitioner accounts (bench.practitioner.001 to %s)...%n", benchPractitioners,
                benchUsername(benchPractitioners));
        for (int i = 1; i <= benchPractitioners; i++) {
            UUID[] team = practitionerTeams.get(i % practitionerTeams.size());
            String username = benchUsername(i);
            provisioning.createUser(Provisioning.Process.DEMO_SEED, new NewAccount(username, "Bench practitioner " + i,
                    username + "@demo.joinery.invalid", team[0], team[1], Set.of(Role.PRACTITIONER), password));
        }
    }

    private static String benchUsername(int number) {
        return String.format(java.util.Locale.ROOT, "bench.practitioner.%03d", number);
    }

    private void print(List<String[]> signIns) {
        out.println();
        out.println("Joinery demo is ready at http://localhost:" + port);
        out.println("Every account's password is: " + password);
        out.println();
        out.printf("  %-24s %-32s %s%n", "username", "role", "organisation");
        for (String[] row : signIns) {
            out.printf("  %-24s %-32s %s%n", row[0], row[1], row[2]);
        }
        out.println();
        out.println("Everyone in the demo borough is fictional. Press Ctrl+C to stop.");
    }

    private static String madeUpPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder made = new StringBuilder("demo-");
        for (int i = 0; i < 14; i++) {
            made.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return made.toString();
    }
}
