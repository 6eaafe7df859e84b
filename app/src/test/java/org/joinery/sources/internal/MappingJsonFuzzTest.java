package org.joinery.sources.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import org.joinery.linkage.data.RowMapper;
import org.joinery.linkage.model.SourceMapping;
import org.joinery.sources.EventDates;
import org.joinery.sources.InvalidSource;
import org.joinery.sources.SourceRegistration;
import org.joinery.testing.fuzz.Fuzz;
import org.joinery.testing.fuzz.Gen;
import org.joinery.testing.fuzz.Messages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Properties of checking a source's mapping JSON, on generated mappings (valid ones, ones with one mistake put in,
 * garbage): every mapping is accepted and then usable for any row, or refused with messages that each say where the
 * problem is; checking never fails with an exception of its own.
 */
class MappingJsonFuzzTest {

    @Test
    @DisplayName("a generated mapping is accepted and maps any row, or refused naming the key, the path or the line and column (3,000 cases)")
    void mappings() {
        Fuzz.forAll("mapping JSON", 3_000, MappingCase::generate, MappingCase.shrink(), mapping -> {
            List<InvalidSource.Problem> problems = SourceRegistrar.mappingProblems(MappingCase.NAME, mapping.json(),
                    mapping.columns());
            List<String> messages = problems.stream().map(p -> Messages.of(p.messageKey(), p.args())).toList();
            problems.forEach(problem -> assertThat(problem.field()).isEqualTo("mappingJson"));
            messages.forEach(MappingJsonFuzzTest::assertSpecific);
            if (mapping.expect() == null) {
                assertThat(messages).as("problems of a valid mapping").isEmpty();
            } else if (!mapping.expect().equals(MappingCase.ANY)) {
                assertThat(messages).as("a refusal saying \"" + mapping.expect() + "\"")
                        .anyMatch(message -> message.contains(mapping.expect()));
            }
            if (problems.isEmpty()) {
                assertUsable(SourceRegistration.mapping(MappingCase.NAME, mapping.json()), new Random(mapping.json().hashCode()));
            }
        });
    }

    /** A refusal an administrator can act on: it names the key or path, or the line and column of the JSON. */
    private static void assertSpecific(String message) {
        assertThat(message).as("message").isNotBlank().doesNotContainIgnoringCase("exception")
                .hasSizeLessThan(1_000);
        if (message.startsWith("The mapping cannot be used: ")) {
            assertThat(message).as("a refusal naming where").containsPattern(
                    "\\(line \\d+, column \\d+\\)|: [\\w.\\[\\]]*('.*'( \\(cut; \\d+ characters in all\\))?)? (must be|is missing|is not a)"
                            + "|: the document must be|newer version of Joinery|is nested more than \\d+");
        }
    }

    /** An accepted mapping works: its row mapper, date readers and rows of any text never fail. */
    private static void assertUsable(SourceMapping mapping, Random random) {
        List<String> header = new ArrayList<>(new LinkedHashSet<>(RowMapper.mappedColumns(mapping)));
        header.add(random.nextInt(header.size() + 1), "extra");
        RowMapper mapper = new RowMapper(mapping, header.toArray(String[]::new));
        EventDates events = new EventDates(mapping);
        for (int i = 0; i < 5; i++) {
            String[] row = new String[header.size() + (Gen.chance(random, 0.1) ? 1 : 0)];
            for (int c = 0; c < row.length; c++) {
                row[c] = Gen.chance(random, 0.3) ? Gen.oneOf(random, "07/03/1980", "1980-03-07", "31/02/1980", "", "80-03-07")
                        : Gen.text(random, 20);
            }
            RowMapper.MappedRow mapped = mapper.map(row);
            mapped.problems().forEach(problem -> assertThat(problem.message()).isNotBlank());
            events.read(row[0]);
            mapper.parseDate(row[0]);
        }
    }
}
