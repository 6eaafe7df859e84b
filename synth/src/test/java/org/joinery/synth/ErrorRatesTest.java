package org.joinery.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each error type is made at its configured rate where it can occur (100,000 residents, every source). */
class ErrorRatesTest {

    private static final double RATE = 0.2;
    private static final List<SyntheticSource> SOURCES = List.of(SyntheticSource.values());
    private static ErrorTally configured;
    private static ErrorTally defaults;
    private static List<List<SourceRecord>> records;

    @BeforeAll
    static void makeRecords() {
        List<Resident> residents = SyntheticResidents.make(100_000, 3);
        Map<ErrorType, Double> rates = new EnumMap<>(ErrorType.class);
        for (ErrorType type : ErrorType.values()) {
            rates.put(type, RATE);
        }
        configured = new ErrorTally();
        records = run(residents, new ErrorRates(rates), configured);
        defaults = new ErrorTally();
        run(residents, new ErrorRates(Map.of()), defaults);
    }

    private static List<List<SourceRecord>> run(List<Resident> residents, ErrorRates rates, ErrorTally tally) {
        Extracts extracts = new Extracts(3, SOURCES, rates);
        List<List<SourceRecord>> bySource = new ArrayList<>();
        SOURCES.forEach(source -> bySource.add(new ArrayList<>()));
        residents.forEach(resident -> extracts.recordsOf(resident, bySource, tally));
        return bySource;
    }

    /** Four standard errors of a share at this many chances, plus half a point. */
    private static double tolerance(double rate, long chances) {
        return 4 * Math.sqrt(rate * (1 - rate) / chances) + 0.005;
    }

    @Test
    void everyErrorTypeIsMadeAtTheRateSetForItAcrossAllSources() {
        for (ErrorType type : ErrorType.values()) {
            long chances = configured.eligible(type);
            assertThat(chances).as(type.optionName()).isGreaterThan(100);
            assertThat((double) configured.applied(type) / chances).as(type.optionName())
                    .isCloseTo(RATE, within(tolerance(RATE, chances)));
        }
    }

    @Test
    void withoutSetRatesEachSourceMakesEachErrorAtItsOwnDefaultRate() {
        ErrorRates rates = new ErrorRates(Map.of());
        for (SyntheticSource source : SOURCES) {
            for (ErrorType type : ErrorType.values()) {
                long chances = defaults.eligible(source, type);
                if (chances >= 200) {
                    double rate = rates.rate(source, type);
                    assertThat((double) defaults.applied(source, type) / chances).as("%s %s", source.slug(), type.optionName())
                            .isCloseTo(rate, within(tolerance(rate, chances)));
                }
            }
        }
        assertThat(rates.rate(SyntheticSource.DOMESTIC_ABUSE_SERVICE, ErrorType.NICKNAME))
                .isGreaterThan(rates.rate(SyntheticSource.REVENUES_BENEFITS, ErrorType.NICKNAME));
    }

    @Test
    void everyErrorMadeIsNotedForTheTruthFileAndChangesTheRecord() {
        long noted = records.stream().flatMap(List::stream).filter(r -> !r.errors.isEmpty())
                .mapToLong(r -> r.errors.toString().split(";").length).sum();
        long made = 0;
        for (ErrorType type : ErrorType.values()) {
            made += configured.applied(type);
        }
        assertThat(noted).isEqualTo(made);
        for (int s = 0; s < SOURCES.size(); s++) {
            boolean asksForAge = SOURCES.get(s) == SyntheticSource.DOMESTIC_ABUSE_SERVICE;
            for (SourceRecord r : records.get(s)) {
                checkErrorsShow(r, asksForAge);
            }
        }
    }

    /** What each noted error must have done to the record; an error-free record is the resident as they were. */
    private static void checkErrorsShow(SourceRecord r, boolean asksForAge) {
        String errors = r.errors.toString();
        if (errors.contains("name-swap")) {
            assertThat(r.forename).isNotEqualTo(r.resident.forename);
        }
        if (errors.contains("default-date") && !errors.contains("missing-field")) {
            assertThat(r.dateOfBirth.getDayOfYear()).isEqualTo(1);
        }
        if (errors.contains("stale-address")) {
            assertThat(r.address).isNotEqualTo(r.resident.address);
        }
        if (errors.isEmpty()) {
            assertThat(r.forename).isEqualTo(r.resident.forename);
            if (!asksForAge || r.dateOfBirth != null) {
                assertThat(r.dateOfBirth).isEqualTo(r.resident.dateOfBirth);
            }
        }
    }

    @Test
    void duplicateRecordsOfOnePersonAppearWithinASource() {
        for (List<SourceRecord> source : records) {
            long people = source.stream().map(r -> r.resident).distinct().count();
            assertThat(source.size()).isGreaterThan((int) people);
        }
    }
}
