package org.joinery.linkage.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.joinery.linkage.Fixtures;
import org.joinery.linkage.Linkage;
import org.joinery.linkage.data.Records;
import org.joinery.linkage.model.Model;
import org.joinery.linkage.predict.Clusterer;
import org.joinery.linkage.predict.ScoredPairs;
import org.junit.jupiter.api.Test;

/**
 * Accuracy regression: the standard model, trained unsupervised, on the public benchmarks. Each bound is the
 * level reached when the test was written (rounded down), so any change that loses accuracy fails here.
 */
class BenchmarkAccuracyTest {

    private static Evaluation.Report link(List<Path> mappings) {
        Records records = Linkage.load(mappings);
        Model settings = Linkage.standardModel(records);
        Linkage linkage = new Linkage(records, settings, message -> { });
        Model model = linkage.train(settings);
        ScoredPairs pairs = linkage.predict(model);
        int[] clusters = linkage.cluster(pairs, new Clusterer(model.threshold(), 0.99, Integer.MAX_VALUE));
        return linkage.evaluate(pairs, clusters, model.threshold(), 10);
    }

    @Test
    void febrl3DuplicatesAreFoundWithPairwiseF1AboveNinetyNinePointSixPercent() {
        Evaluation.Report report = link(Fixtures.febrl3());

        assertThat(report.truePairs()).isEqualTo(6538);
        assertThat(report.pairwise().f1()).isGreaterThanOrEqualTo(0.996);
        assertThat(report.pairwise().precision()).isGreaterThanOrEqualTo(0.999);
        assertThat(report.clusterPairwise().f1()).isGreaterThanOrEqualTo(0.999);
        assertThat(report.bCubed().f1()).isGreaterThanOrEqualTo(0.999);
    }

    @Test
    void febrl4RecordsAreLinkedAcrossTheTwoFilesWithPairwiseF1AboveNinetyNinePointNinePercent() {
        Evaluation.Report report = link(Fixtures.febrl4());

        assertThat(report.truePairs()).isEqualTo(5000);
        assertThat(report.pairwise().f1()).isGreaterThanOrEqualTo(0.999);
        assertThat(report.clusterPairwise().f1()).isGreaterThanOrEqualTo(0.999);
    }

    @Test
    void fake1000IsLinkedWithoutFalseLinksAndWithTheRecallReachedSoFar() {
        Evaluation.Report report = link(Fixtures.fake1000());

        assertThat(report.truePairs()).isEqualTo(2031);
        assertThat(report.pairwise().precision()).isGreaterThanOrEqualTo(0.99);
        assertThat(report.pairwise().f1()).isGreaterThanOrEqualTo(0.70);
        assertThat(report.clusterPairwise().f1()).isGreaterThanOrEqualTo(0.85);
    }
}
