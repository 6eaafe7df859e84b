package org.joinery.linkage.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joinery.linkage.data.Records;
import org.joinery.linkage.model.Comparison;
import org.joinery.linkage.model.PersonField;
import org.joinery.linkage.model.StandardModel;
import org.junit.jupiter.api.Test;

class ComparisonEvaluatorTest {

    private static FeatureTable table(String[] forenames, String[] surnames, String[] sex) {
        Map<PersonField, String[]> values = new EnumMap<>(PersonField.class);
        values.put(PersonField.FORENAMES, forenames);
        values.put(PersonField.SURNAME, surnames);
        values.put(PersonField.SEX, sex);
        int n = forenames.length;
        Records records = new Records(List.of(new Records.SourceInfo("s", false, n, 0, List.of())), new int[n],
                java.util.stream.IntStream.range(0, n).mapToObj(String::valueOf).toArray(String[]::new), null, values);
        return FeatureTable.build(records, Set.of(PersonField.FORENAMES, PersonField.SURNAME, PersonField.SEX));
    }

    private static String level(FeatureTable table, String comparison, int a, int b) {
        Comparison c = StandardModel.forFields(Set.of(PersonField.FORENAMES, PersonField.SURNAME, PersonField.SEX))
                .comparisons().stream().filter(x -> x.name().equals(comparison)).findFirst().orElseThrow();
        ComparisonEvaluator evaluator = new ComparisonEvaluator(c, table, 0);
        return c.levels().get(evaluator.level(a, b, new PairContext(1))).label();
    }

    @Test
    void forenamesAndSurnameWrittenTheOtherWayRoundAreASwapAlthoughEachFieldNumbersItsValuesApart() {
        FeatureTable table = table(new String[] {"Ariana Amelia", "Zed", "Clarke"}, new String[] {"Clarke", "Ariana", "Ariana"},
                new String[] {null, null, null});

        assertThat(level(table, "forenames", 0, 2)).isEqualTo("swap");
        assertThat(level(table, "surname", 0, 2)).isEqualTo("swap");
        assertThat(level(table, "forenames", 0, 1)).isEqualTo("else");
    }

    @Test
    void forenamesCompareByTheFirstGivenNameSoAMiddleNameDoesNotMatter() {
        FeatureTable table = table(new String[] {"Grace Amelia", "Grace"}, new String[] {"Bello", "Bello"}, new String[] {"F", "F"});

        assertThat(level(table, "forenames", 0, 1)).isEqualTo("normalisedExact");
    }

    @Test
    void sexWrittenInFullOrAsALetterIsTheSameValue() {
        FeatureTable table = table(new String[] {"A", "B"}, new String[] {"C", "D"}, new String[] {"Female", "f"});

        assertThat(level(table, "sex", 0, 1)).isEqualTo("normalisedExact");
    }

    @Test
    void aMissingValueOnEitherSideIsTheNullLevel() {
        FeatureTable table = table(new String[] {"Anna", null}, new String[] {"Smith", "Smith"}, new String[] {null, null});

        assertThat(level(table, "forenames", 0, 1)).isEqualTo("null");
    }
}
