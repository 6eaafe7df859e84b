package org.joinery.linkage.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelJsonTest {

    @TempDir
    Path folder;

    private static Model trainedLookingModel() {
        Model model = StandardModel.forFields(EnumSet.of(PersonField.FORENAMES, PersonField.SURNAME,
                PersonField.DATE_OF_BIRTH, PersonField.POSTCODE, PersonField.ADDRESS), true);
        return model.withPrior(0.0001).withComparisons(model.comparisons().stream().map(c -> c.withLevels(
                c.levels().stream().map(l -> l.kind() == LevelKind.NULL ? l : l.withProbabilities(0.25, 0.0625)).toList()))
                .toList());
    }

    @Test
    void aModelSurvivesARoundTripThroughJsonUnchanged() {
        Model model = trainedLookingModel();

        String json = ModelJson.write(model);
        Model read = ModelJson.read(json, "test");

        assertThat(read).isEqualTo(model);
        assertThat(ModelJson.write(read)).isEqualTo(json);
    }

    @Test
    void savingWritesTheWholeFileAndLoadingReadsItBack() {
        Path file = folder.resolve("model.json");
        ModelJson.save(trainedLookingModel(), file);

        assertThat(ModelJson.load(file)).isEqualTo(trainedLookingModel());
        assertThat(folder.toFile().list()).containsExactly("model.json");
    }

    @Test
    void aModelFromANewerVersionIsRefusedWithAdviceToUpgrade() {
        String json = ModelJson.write(trainedLookingModel()).replace("\"version\" : 1", "\"version\" : 7");

        assertThatThrownBy(() -> ModelJson.read(json, "future.json"))
                .isInstanceOf(InvalidModelException.class)
                .hasMessage("model future.json is from a newer version of Joinery (model format 7; this version reads "
                        + "format 1 and older). Upgrade Joinery to use it.");
    }

    @Test
    void aLevelReadingASecondFieldIsRefusedWhenTheComparisonNamesNone() {
        String json = ModelJson.write(trainedLookingModel()).replaceFirst("\"otherField\" : \"address\",", "");

        assertThatThrownBy(() -> ModelJson.read(json, "home.json"))
                .hasMessageContaining("(home) has a level reading a second field but no otherField");
    }

    @Test
    void aLevelTypeThatDoesNotExistIsNamedWithItsPath() {
        String json = ModelJson.write(trainedLookingModel()).replaceFirst("\"jaroWinkler\"", "\"jaroWinklr\"");

        assertThatThrownBy(() -> ModelJson.read(json, "typo.json"))
                .hasMessageStartingWith("comparisons[0].levels[3].type 'jaroWinklr' is not a level type");
    }

    @Test
    void aBlockingRuleNamingAFieldOutsideTheSchemaIsRefused() {
        String json = ModelJson.write(trainedLookingModel()).replaceFirst("\"date_of_birth\", ", "\"birthday\", ");

        assertThatThrownBy(() -> ModelJson.read(json, "rule.json"))
                .hasMessageContaining("blocking rule 'birthday' names the field 'birthday', which is not in the person schema");
    }

    @Test
    void probabilitiesOutsideZeroToOneAreRefused() {
        String json = ModelJson.write(trainedLookingModel()).replaceFirst("\"m\" : 0.25", "\"m\" : 1.5");

        assertThatThrownBy(() -> ModelJson.read(json, "bad.json")).hasMessageContaining("m and u must be probabilities");
    }

    @Test
    void textThatIsNotJsonIsReportedWithItsPosition() throws Exception {
        Path file = Files.writeString(folder.resolve("broken.json"), "{\"version\": 1,,}");

        assertThatThrownBy(() -> ModelJson.load(file)).hasMessageContaining("is not valid JSON").hasMessageContaining("line 1");
    }
}
