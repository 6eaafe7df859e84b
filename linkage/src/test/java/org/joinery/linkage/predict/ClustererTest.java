package org.joinery.linkage.predict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.joinery.linkage.data.Records;
import org.joinery.linkage.model.PersonField;
import org.junit.jupiter.api.Test;

class ClustererTest {

    /** Records 0..n-1, the first {@code inFirstSource} from a duplicate-free source "gp", the rest from "housing". */
    private static Records records(int n, int inFirstSource) {
        int[] source = new int[n];
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            source[i] = i < inFirstSource ? 0 : 1;
            ids[i] = String.valueOf(i);
        }
        return new Records(List.of(new Records.SourceInfo("gp", true, inFirstSource, 0, List.of()),
                new Records.SourceInfo("housing", false, n - inFirstSource, 0, List.of())), source, ids, null,
                Map.of(PersonField.SURNAME, new String[n]));
    }

    private static ScoredPairs pairs(int records, double[][] links) {
        ScoredPairs.Builder builder = new ScoredPairs.Builder();
        for (double[] link : links) {
            builder.add((int) link[0], (int) link[1], (float) Scorer.weightOf(link[2]), 0);
        }
        return ScoredPairs.merge(List.of(builder), records, links.length, new long[] {links.length},
                new ScoredPairs.Timing(0, 0, 1));
    }

    @Test
    void recordsLinkedAtOrAboveTheThresholdFormOnePerson() {
        int[] person = new Clusterer(0.9, 0.99, Integer.MAX_VALUE).cluster(
                pairs(4, new double[][] {{0, 1, 0.999}, {1, 2, 0.95}, {2, 3, 0.5}}), records(4, 0));

        assertThat(person).containsExactly(0, 0, 0, 3);
    }

    @Test
    void twoRecordsOfADuplicateFreeSourceAreNeverPutInOnePerson() {
        // 0 and 1 are both GP records; 2 (housing) links strongly to both, to 0 most strongly.
        int[] person = new Clusterer(0.9, 0.99, Integer.MAX_VALUE).cluster(
                pairs(3, new double[][] {{0, 2, 0.9999}, {1, 2, 0.999}}), records(3, 2));

        assertThat(person).containsExactly(0, 1, 0);
    }

    @Test
    void aChainOfWeakLinksStopsAtTheLimitWhileStrongLinksStillJoin() {
        double[][] chain = {{0, 1, 0.95}, {1, 2, 0.94}, {2, 3, 0.93}, {3, 4, 0.92}, {4, 5, 0.9999}};

        int[] person = new Clusterer(0.9, 0.99, 2).cluster(pairs(6, chain), records(6, 0));

        // 0-1-2 use the two weak links allowed; 2-3 would be a third; 3 then joins 4 and 5 by one weak link.
        assertThat(person).containsExactly(0, 0, 0, 3, 3, 3);
    }

    @Test
    void aCannotLinkReviewDecisionKeepsTwoRecordsApartEvenThroughAStrongChain() {
        // 0-1 and 1-2 link strongly; people decided 0 and 2 are different people: 2 stays out.
        int[] person = new Clusterer(0.9, 0.99, Integer.MAX_VALUE).cluster(
                pairs(3, new double[][] {{0, 1, 0.9999}, {1, 2, 0.999}}), records(3, 0), new int[0][], new int[][] {{0, 2}});

        assertThat(person).containsExactly(0, 0, 2);
    }

    @Test
    void aMustLinkReviewDecisionJoinsTwoRecordsThatScoredBelowTheThreshold() {
        int[] person = new Clusterer(0.9, 0.99, Integer.MAX_VALUE).cluster(
                pairs(3, new double[][] {{0, 1, 0.3}}), records(3, 0), new int[][] {{0, 1}}, new int[0][]);

        assertThat(person).containsExactly(0, 0, 2);
    }

    @Test
    void aMustLinkThatWouldBreakACannotLinkIsNotMadeAndPeoplesDecisionsBeatScores() {
        // Contradictory decisions: 0 = 1 and 1 = 2, but 0 != 2. The later must-link gives way; the strong
        // scored link 1-2 cannot join them either.
        int[] person = new Clusterer(0.9, 0.99, Integer.MAX_VALUE).cluster(
                pairs(3, new double[][] {{1, 2, 0.9999}}), records(3, 0), new int[][] {{0, 1}, {1, 2}}, new int[][] {{0, 2}});

        assertThat(person).containsExactly(0, 0, 2);
    }
}
