package org.joinery.linkage.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import org.joinery.linkage.Fixtures;
import org.joinery.linkage.Linkage;
import org.joinery.linkage.compare.FeatureTable;
import org.joinery.linkage.data.Records;
import org.joinery.linkage.model.Model;
import org.junit.jupiter.api.Test;

class BackendAgreementTest {

    @Test
    void duckDbBlocksAndScoresTheSamePairsAsTheColumnarEngine() throws Exception {
        Records records = Linkage.load(Fixtures.febrl4());
        Model settings = Linkage.standardModel(records);
        Model model = new Linkage(records, settings, message -> { }).train(settings);
        FeatureTable table = FeatureTable.build(records, Linkage.fieldsUsed(model));

        LinkageBackend.Result columnar;
        long[] columnarCandidates;
        try (ColumnarBackend backend = new ColumnarBackend(table)) {
            columnarCandidates = backend.candidatePairs(model.predictionRules());
            columnar = backend.score(model, Linkage.KEEP_WEIGHT);
        }
        LinkageBackend.Result duck;
        long[] duckCandidates;
        try (DuckDbBackend backend = new DuckDbBackend(DriverManager.getConnection("jdbc:duckdb:"), table,
                Linkage.fieldsUsed(model))) {
            duckCandidates = backend.candidatePairs(model.predictionRules());
            duck = backend.score(model, Linkage.KEEP_WEIGHT);
        }

        assertThat(duckCandidates).containsExactly(columnarCandidates);
        assertThat(duck.scored()).isEqualTo(columnar.scored());
        // DuckDB's Jaro-Winkler differs from the textbook one in rare cases, so kept pairs may differ by a few.
        assertThat(duck.kept()).isCloseTo(columnar.kept(), org.assertj.core.api.Assertions.within(5L));
    }
}
