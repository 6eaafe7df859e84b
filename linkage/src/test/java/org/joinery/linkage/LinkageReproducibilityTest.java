package org.joinery.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import org.joinery.linkage.data.Records;
import org.joinery.linkage.model.Model;
import org.joinery.linkage.model.ModelJson;
import org.junit.jupiter.api.Test;

class LinkageReproducibilityTest {

    private static String trainedJson(long seed) {
        Records records = Linkage.load(Fixtures.fake1000());
        Model settings = Linkage.standardModel(records);
        Model seeded = new Model(settings.prior(), settings.comparisons(), settings.predictionRules(),
                settings.trainingRules(), settings.deterministicRules(), settings.recall(), settings.maxPairsPerRule(),
                settings.threshold(), seed);
        return ModelJson.write(new Linkage(records, seeded, message -> { }).train(seeded));
    }

    @Test
    void theSameDataAndSeedGiveAByteIdenticalModel() {
        String first = trainedJson(42);
        String second = trainedJson(42);

        assertThat(second).isEqualTo(first);
        assertThat(ModelJson.read(first, "trained").trained()).isTrue();
    }

    @Test
    void aDifferentSeedSamplesDifferentPairsForU() {
        assertThat(trainedJson(43)).isNotEqualTo(trainedJson(42));
    }
}
