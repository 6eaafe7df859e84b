package org.joinery.linkage.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import org.joinery.linkage.Linkage;
import org.joinery.linkage.compare.FeatureTable;
import org.joinery.linkage.data.Records;
import org.joinery.linkage.model.Model;
import org.junit.jupiter.api.Test;

class BackendAgreementTest {

    /** The engine's benchmark data; surefire runs in linkage-bench/. */
    static final Path FEBRL = Path.of("../linkage/src/test/resources/benchmarks/febrl");

    @Test
    void duckDbBlocksAndScoresTheSamePairsAsTheColumnarEngine() throws Exception {
        Records records = Linkage.load(List.of(FEBRL.resolve("dataset4a.mapping.json"), FEBRL.resolve("dataset4b.mapping.json")));
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
