package org.joinery.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.joinery.access.Actor;
import org.joinery.access.DataCategory;
import org.joinery.access.Purpose;
import org.joinery.linking.LinkageRuns;
import org.joinery.linking.RunResult;
import org.joinery.organisations.Organisation;
import org.joinery.sharing.Agreements;
import org.joinery.sharing.ArticleCondition;
import org.joinery.sharing.LawfulBasis;
import org.joinery.sharing.NewAgreement;
import org.joinery.sources.ImportOutcome;
import org.joinery.sources.NewSource;
import org.joinery.sources.SourceImports;
import org.joinery.sources.SourceRegistration;
import org.springframework.stereotype.Component;

/**
 * Fills the demo's resident index the way a council would: registers each fictional organisation's
 * source with its mapping, imports the demo borough's extracts through the same import path as an
 * upload, links them, and records the data-sharing agreements the partnership would have.
 * Involvements follow from the records by themselves once the link has run.
 */
@Component
class DemoResidentIndex {

    private static final Actor SEEDER = Actor.system("demo-seed");
    private static final String MAPPINGS = "/org/joinery/linkage/demo-borough/";
    private static final String PUBLIC_TASK = "UK GDPR Article 6(1)(e) public task";

    /** One demo source: which organisation holds it and what a council would record about it. */
    record DemoSource(String name, String organisation, String title, String opened, String closed, boolean sensitive,
                      String lawfulBasis, String contact) {
    }

    static final List<DemoSource> SOURCES = List.of(
            new DemoSource("housing-options", "council", "Housing options cases", "case_opened", "case_closed", false,
                    PUBLIC_TASK + " (Housing Act 1996, Part 7)", "Housing options duty desk, Eastbrook Council"),
            new DemoSource("revenues-benefits", "council", "Housing benefit and council tax support claims", "claim_start",
                    "claim_end", false, PUBLIC_TASK, "Revenues and benefits team, Eastbrook Council"),
            new DemoSource("adult-social-care", "council", "Adult social care assessments", "assessment_start", "case_closed",
                    false, PUBLIC_TASK + "; Article 9(2)(h) health or social care (Care Act 2014)",
                    "Adult social care front door, Eastbrook Council"),
            new DemoSource("drug-alcohol-service", "recovery", "Drug and alcohol treatment episodes", "treatment_start",
                    "discharge_date", false, PUBLIC_TASK + "; Article 9(2)(h) health or social care",
                    "Duty recovery worker, Riverside Recovery Service"),
            new DemoSource("probation", "probation", "Community orders and licences", "order_start", "order_end", false,
                    PUBLIC_TASK + "; Article 10 with DPA 2018 Schedule 1 condition (statutory purposes)",
                    "Duty probation officer, Eastbrook Probation Delivery Unit"),
            new DemoSource("mental-health-trust", "mentalhealth", "Community mental health referrals", "first_contact",
                    "discharge_date", false, PUBLIC_TASK + "; Article 9(2)(h) health or social care",
                    "Single point of access, Thames Gateway Mental Health NHS Trust"),
            new DemoSource("domestic-abuse-service", "refuge", "Advocacy and refuge referrals", "support_start", "support_end",
                    true, "UK GDPR Article 6(1)(d) vital interests; Article 9(2)(g) safeguarding",
                    "Safe Harbour duty advocate (ask for the manager on duty)"),
            new DemoSource("employment-support", "employment", "Employment support participants", "start_date", "exit_date",
                    false, "UK GDPR Article 6(1)(f) legitimate interests", "Job coaching team, Pathways Employment Support"));

    /** One demo agreement: from which organisation to which, on which basis, and until when. */
    record DemoAgreement(String from, String to, LawfulBasis basis, ArticleCondition condition, LocalDate endsOn) {
    }

    private static final LocalDate AGREED = LocalDate.of(2025, 4, 1);

    static final List<DemoAgreement> AGREEMENTS = List.of(
            // The council's front door and its partners share identity details both ways for direct care.
            agreement("council", "recovery"), agreement("council", "probation"), agreement("council", "mentalhealth"),
            agreement("council", "employment"), agreement("council", "police"),
            new DemoAgreement("recovery", "council", LawfulBasis.PUBLIC_TASK, ArticleCondition.HEALTH_OR_SOCIAL_CARE, null),
            new DemoAgreement("recovery", "probation", LawfulBasis.PUBLIC_TASK, ArticleCondition.HEALTH_OR_SOCIAL_CARE, null),
            new DemoAgreement("mentalhealth", "council", LawfulBasis.PUBLIC_TASK, ArticleCondition.HEALTH_OR_SOCIAL_CARE, null),
            new DemoAgreement("mentalhealth", "recovery", LawfulBasis.PUBLIC_TASK, ArticleCondition.HEALTH_OR_SOCIAL_CARE, null),
            new DemoAgreement("probation", "council", LawfulBasis.PUBLIC_TASK, ArticleCondition.CRIMINAL_OFFENCE_SAFEGUARDING, null),
            new DemoAgreement("probation", "recovery", LawfulBasis.PUBLIC_TASK, ArticleCondition.CRIMINAL_OFFENCE_SAFEGUARDING, null),
            new DemoAgreement("police", "probation", LawfulBasis.PUBLIC_TASK, ArticleCondition.CRIMINAL_OFFENCE_SAFEGUARDING, null),
            // The refuge shares only with the council's housing options, to keep survivors safely housed.
            new DemoAgreement("refuge", "council", LawfulBasis.VITAL_INTERESTS, ArticleCondition.SAFEGUARDING, null),
            // Employment support relies on consent, which Joinery does not record yet: this one does not open records.
            new DemoAgreement("employment", "council", LawfulBasis.CONSENT, ArticleCondition.NONE, null),
            // An agreement that has ended: it no longer counts.
            new DemoAgreement("employment", "probation", LawfulBasis.LEGITIMATE_INTERESTS, ArticleCondition.NONE,
                    LocalDate.of(2026, 3, 31)));

    private static DemoAgreement agreement(String from, String to) {
        return new DemoAgreement(from, to, LawfulBasis.PUBLIC_TASK, ArticleCondition.NONE, null);
    }

    private final SourceRegistration registration;
    private final SourceImports imports;
    private final LinkageRuns runs;
    private final Agreements agreements;

    DemoResidentIndex(SourceRegistration registration, SourceImports imports, LinkageRuns runs, Agreements agreements) {
        this.registration = registration;
        this.imports = imports;
        this.runs = runs;
        this.agreements = agreements;
    }

    /**
     * @param organisations the demo organisations by their key ("council", "recovery", ...)
     * @param recordedBy    the member of staff named as recording the agreements (the host's IG officer)
     */
    void seed(Map<String, Organisation> organisations, UUID recordedBy, Path borough, PrintStream out) {
        int rows = 0;
        for (DemoSource source : SOURCES) {
            registration.register(SEEDER, new NewSource(source.name(), source.title(), organisations.get(source.organisation()).id(),
                    source.lawfulBasis(), source.contact(), source.sensitive(), mapping(source.name()), source.opened(),
                    source.closed(), List.of()));
            ImportOutcome outcome = imports.importCsv(SEEDER, source.name(), borough.resolve("extracts").resolve(source.name() + ".csv"));
            if (outcome.status() != ImportOutcome.Status.LANDED) {
                throw new IllegalStateException("The demo extract " + source.name() + " did not land (" + outcome.status()
                        + ", " + outcome.errorCount() + " errors, first " + outcome.errors().stream().limit(3).toList()
                        + "): delete the borough folder and run ./joinery demo again to regenerate it");
            }
            rows += outcome.rows();
            out.printf("  imported %-24s %,7d records%n", source.name(), outcome.rows());
        }
        out.printf("Linking %,d records into persons...%n", rows);
        RunResult linked = runs.linkAll(SEEDER, line -> out.println("  " + line));
        runs.awaitIdle(); // the run's listeners derive the involvements: the demo is served once they have
        out.printf("  %,d records linked into %,d persons in %.1f s%n", linked.records(), linked.persons(), linked.millis() / 1e3);
        for (DemoAgreement agreement : AGREEMENTS) {
            Organisation from = organisations.get(agreement.from());
            Organisation to = organisations.get(agreement.to());
            agreements.seed(recordedBy, new NewAgreement("Identity details for direct care: " + from.name() + " to " + to.name(),
                    from.id(), to.id(), Set.of(DataCategory.IDENTITY), Purpose.DIRECT_CARE, agreement.basis(),
                    agreement.condition(), AGREED, agreement.endsOn()));
        }
        out.printf("  %d data-sharing agreements recorded%n", AGREEMENTS.size());
    }

    private static String mapping(String source) {
        try (InputStream in = DemoResidentIndex.class.getResourceAsStream(MAPPINGS + source + ".mapping.json")) {
            if (in == null) {
                throw new IllegalStateException("The demo mapping for " + source + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the demo mapping for " + source, e);
        }
    }
}
