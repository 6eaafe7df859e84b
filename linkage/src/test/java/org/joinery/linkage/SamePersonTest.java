package org.joinery.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joinery.linkage.data.Records;
import org.joinery.linkage.data.SyntheticPeople;
import org.joinery.linkage.model.Model;
import org.joinery.linkage.model.PersonField;
import org.joinery.linkage.predict.Guards;
import org.joinery.linkage.predict.ScoredPairs;
import org.joinery.linkage.predict.Scorer;
import org.junit.jupiter.api.Test;

/** Linkage.samePerson: the one "same person" decision of full and incremental runs. */
class SamePersonTest {

    private static final Guards GUARDS = new Guards(0.9, 0.99, Integer.MAX_VALUE);

    private static Records records(int n) {
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            ids[i] = String.valueOf(i);
        }
        return new Records(List.of(new Records.SourceInfo("housing", false, n, 0, List.of())), new int[n], ids, null,
                Map.of(PersonField.SURNAME, new String[n]));
    }

    private static ScoredPairs pairs(int records, double[][] links) {
        int[] left = new int[links.length];
        int[] right = new int[links.length];
        float[] weight = new float[links.length];
        for (int p = 0; p < links.length; p++) {
            left[p] = (int) links[p][0];
            right[p] = (int) links[p][1];
            weight[p] = (float) Scorer.weightOf(links[p][2]);
        }
        return ScoredPairs.of(records, left, right, weight);
    }

    @Test
    void recordsSettledInOnePersonStayTogetherThoughNoPairLinksThem() {
        int[] person = Linkage.samePerson(records(3), pairs(3, new double[][] {}), GUARDS, new int[] {7, 7, -1});

        assertThat(person).containsExactly(0, 0, 2);
    }

    @Test
    void aNewRecordJoinsTheSettledPersonItLinksTo() {
        int[] person = Linkage.samePerson(records(3), pairs(3, new double[][] {{1, 2, 0.999}}), GUARDS,
                new int[] {0, 0, -1});

        assertThat(person).containsExactly(0, 0, 0);
    }

    @Test
    void aNewRecordLinkingTwoSettledPersonsMergesThemUnlessPeopleDecidedTheyAreDifferent() {
        ScoredPairs bridge = pairs(3, new double[][] {{0, 2, 0.999}, {1, 2, 0.999}});
        int[] settled = {0, 1, -1};

        assertThat(Linkage.samePerson(records(3), bridge, GUARDS, settled)).containsExactly(0, 0, 0);
        assertThat(Linkage.samePerson(records(3), bridge, new Guards(0.9, 0.99, Integer.MAX_VALUE, new int[0][],
                new int[][] {{0, 1}}), settled)).containsExactly(0, 1, 0);
    }

    @Test
    void settledRecordsAreKeptTogetherEvenWhereADecisionWouldNowPartThem() {
        // Decided after they were linked: the incremental run does not split; the next full run does.
        Guards apart = new Guards(0.9, 0.99, Integer.MAX_VALUE, new int[0][], new int[][] {{0, 1}});

        assertThat(Linkage.samePerson(records(2), pairs(2, new double[][] {}), apart, new int[] {0, 0}))
                .containsExactly(0, 0);
        assertThat(Linkage.samePerson(records(2), pairs(2, new double[][] {{0, 1, 0.999}}), apart, null))
                .containsExactly(0, 1);
    }

    @Test
    void guardsThatCannotBeMetAreRefused() {
        assertThatThrownBy(() -> new Guards(1.2, 0.99, 1)).hasMessageContaining("threshold");
        assertThatThrownBy(() -> new Guards(0.9, 0, 1)).hasMessageContaining("strong-link");
        assertThatThrownBy(() -> new Guards(0.9, 0.99, -1)).hasMessageContaining("weak links");
        assertThatThrownBy(() -> new Guards(0.9, 0.99, 1, new int[][] {{1}}, null)).hasMessageContaining("must-link");
        assertThatThrownBy(() -> Linkage.samePerson(records(2), ScoredPairs.none(2), GUARDS, new int[] {0}))
                .hasMessageContaining("settled");
    }

    @Test
    void syntheticPeopleLinkedInFourBatchesAreTheSamePersonsAsLinkedAllAtOnce() {
        Records records = SyntheticPeople.generate(3000, 5);
        Model model = Linkage.standardModel(records);
        Linkage linkage = new Linkage(records, model, message -> { });
        model = linkage.train(model);
        ScoredPairs all = linkage.predict(model);
        Guards guards = new Guards(model.threshold(), 0.99, Integer.MAX_VALUE);
        int n = records.size();
        int[] batchOf = new int[n];
        for (int i = 0; i < n; i++) {
            batchOf[i] = (int) ((i * 2654435761L) % 4); // spread each person's records over the batches
        }

        int[] persons = null;
        for (int batch = 0; batch < 4; batch++) {
            int[] settled = new int[n];
            for (int i = 0; i < n; i++) {
                settled[i] = batchOf[i] < batch ? persons[i] : -1;
            }
            persons = Linkage.samePerson(records, pairsOfBatch(all, batchOf, batch), guards, settled);
        }

        assertThat(partition(persons)).isEqualTo(partition(Linkage.samePerson(records, all, guards, null)));
    }

    /** The pairs an incremental run for the batch scores: those of a batch's record with a record landed so far. */
    private static ScoredPairs pairsOfBatch(ScoredPairs all, int[] batchOf, int batch) {
        List<Integer> kept = new ArrayList<>();
        for (int p = 0; p < all.size(); p++) {
            int a = batchOf[all.left(p)];
            int b = batchOf[all.right(p)];
            if (Math.max(a, b) == batch) {
                kept.add(p);
            }
        }
        int[] left = kept.stream().mapToInt(all::left).toArray();
        int[] right = kept.stream().mapToInt(all::right).toArray();
        float[] weight = new float[kept.size()];
        for (int k = 0; k < weight.length; k++) {
            weight[k] = (float) all.weight(kept.get(k));
        }
        return ScoredPairs.of(batchOf.length, left, right, weight);
    }

    private static Set<Set<Integer>> partition(int[] persons) {
        Map<Integer, Set<Integer>> groups = new HashMap<>();
        for (int i = 0; i < persons.length; i++) {
            groups.computeIfAbsent(persons[i], k -> new HashSet<>()).add(i);
        }
        return new HashSet<>(groups.values());
    }
}
