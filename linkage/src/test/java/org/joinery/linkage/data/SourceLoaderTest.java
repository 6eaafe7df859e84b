package org.joinery.linkage.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.joinery.linkage.Fixtures;
import org.joinery.linkage.Linkage;
import org.joinery.linkage.LinkageException;
import org.joinery.linkage.model.BlockingRule;
import org.joinery.linkage.model.Model;
import org.joinery.linkage.model.PersonField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceLoaderTest {

    @TempDir
    Path folder;

    @Test
    void recordsAreMappedToThePersonSchemaWithQuotedFieldsAndJoinedColumns() {
        Fixtures.write(folder, "people.csv", "id,first,last,dob,house,street\n"
                + "1,Anna,\"Smith, Jr\",07/03/1980,12,High Street\n"
                + "2,\"Bo \"\"Bob\"\"\",Lee,,,\n");
        Path mapping = Fixtures.peopleMapping(folder, "people.csv", ", \"address\": [\"house\", \"street\"]");

        Records records = Linkage.load(List.of(mapping));

        assertThat(records.size()).isEqualTo(2);
        assertThat(records.value(PersonField.SURNAME, 0)).isEqualTo("Smith, Jr");
        assertThat(records.value(PersonField.FORENAMES, 1)).isEqualTo("Bo \"Bob\"");
        assertThat(records.value(PersonField.DATE_OF_BIRTH, 0)).isEqualTo("1980-03-07");
        assertThat(records.value(PersonField.ADDRESS, 0)).isEqualTo("12 High Street");
        assertThat(records.value(PersonField.ADDRESS, 1)).isNull();
        assertThat(records.describe(1)).isEqualTo("people:2");
    }

    @Test
    void unparseableDatesAreCountedReportedAndKeptAsMissing() {
        Fixtures.write(folder, "people.csv", "id,first,last,dob\n1,Anna,Smith,31/02/1980\n2,Ben,Jones,1980-01-01\n"
                + "3,Cara,Brown,01/01/1990\n");

        Records records = Linkage.load(List.of(Fixtures.peopleMapping(folder, "people.csv", "")));

        Records.SourceInfo info = records.sources().get(0);
        assertThat(info.unparseableDates()).isEqualTo(2);
        assertThat(info.dateExamples()).containsExactly("line 2: '31/02/1980'", "line 3: '1980-01-01'");
        assertThat(records.value(PersonField.DATE_OF_BIRTH, 0)).isNull();
        assertThat(records.value(PersonField.DATE_OF_BIRTH, 2)).isEqualTo("1990-01-01");
    }

    @Test
    void theFirstOfJanuary1900IsAnUnknownDateOfBirthNotAnUnparseableOne() {
        Fixtures.write(folder, "people.csv", "id,first,last,dob\n1,Anna,Smith,01/01/1900\n2,Ben,Jones,02/01/1900\n");

        Records records = Linkage.load(List.of(Fixtures.peopleMapping(folder, "people.csv", "")));

        assertThat(records.value(PersonField.DATE_OF_BIRTH, 0)).isNull();
        assertThat(records.value(PersonField.DATE_OF_BIRTH, 1)).isEqualTo("1900-01-02");
        assertThat(records.sources().get(0).unparseableDates()).isZero();
    }

    @Test
    void aSourceWithoutAPostcodeColumnGetsThePostcodeWrittenAtTheEndOfItsAddress() {
        Fixtures.write(folder, "people.csv", "id,first,last,dob,address\n"
                + "1,Anna,Smith,07/03/1980,\"72 Wharf Crescent, Dagenham, RM10 9AP\"\n2,Ben,Jones,07/03/1980,9 Oak Road\n");
        Path withPostcodes = Fixtures.peopleMapping(folder, "people.csv", ", \"address\": \"address\"");
        Fixtures.write(folder, "other.csv", "id,first,last,dob,postcode\n1,Anna,Smith,07/03/1980,RM10 9AP\n");
        Path other = Fixtures.write(folder, "other.mapping.json", """
                {"version": 1, "source": "other", "file": "other.csv", "recordId": "id", "dateFormats": ["dd/MM/yyyy"],
                 "fields": {"forenames": "first", "surname": "last", "date_of_birth": "dob", "postcode": "postcode"}}
                """);

        Records records = Linkage.load(List.of(withPostcodes, other));

        assertThat(records.value(PersonField.ADDRESS, 0)).isEqualTo("72 Wharf Crescent, Dagenham");
        assertThat(records.value(PersonField.POSTCODE, 0)).isEqualTo("RM10 9AP");
        assertThat(records.value(PersonField.ADDRESS, 1)).isEqualTo("9 Oak Road");
        assertThat(records.value(PersonField.POSTCODE, 1)).isNull();
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsStopsTheLoadNamingFileAndLine() {
        Fixtures.write(folder, "people.csv", "id,first,last,dob\n1,Anna,Smith,07/03/1980\n2,Ben,Jones\n");

        assertThatThrownBy(() -> Linkage.load(List.of(Fixtures.peopleMapping(folder, "people.csv", ""))))
                .isInstanceOf(LinkageException.class)
                .hasMessageContaining("people.csv line 3: expected 4 fields as in the header, found 3");
    }

    @Test
    void anUnclosedQuoteIsReportedWithItsLine() {
        Fixtures.write(folder, "people.csv", "id,first,last,dob\n1,\"Anna,Smith,07/03/1980\n");

        assertThatThrownBy(() -> Linkage.load(List.of(Fixtures.peopleMapping(folder, "people.csv", ""))))
                .hasMessageContaining("line 2: a quoted field is never closed");
    }

    @Test
    void aMappingNamingAnUnknownColumnIsRefusedListingTheColumnsThereAre() {
        Fixtures.write(folder, "people.csv", "id,first,last,dob\n1,Anna,Smith,07/03/1980\n");
        Path mapping = Fixtures.peopleMapping(folder, "people.csv", ", \"postcode\": \"post_code\"");

        assertThatThrownBy(() -> Linkage.load(List.of(mapping)))
                .hasMessageContaining("fields.postcode names the column 'post_code', which is not in the header")
                .hasMessageContaining("(columns: id, first, last, dob)");
    }

    @Test
    void aMappingNamingAFieldOutsideTheSchemaIsRefused() {
        Fixtures.write(folder, "people.csv", "id,first,last,dob\n");
        Path mapping = Fixtures.peopleMapping(folder, "people.csv", ", \"shoe_size\": \"first\"");

        assertThatThrownBy(() -> Linkage.load(List.of(mapping)))
                .hasMessageContaining("fields.shoe_size is not a field of the person schema");
    }

    @Test
    void aBlockingRuleNamingAFieldNoSourceMapsIsRefusedBeforeAnyWork() {
        Fixtures.write(folder, "people.csv", "id,first,last,dob\n1,Anna,Smith,07/03/1980\n2,Ann,Smith,07/03/1980\n");
        Records records = Linkage.load(List.of(Fixtures.peopleMapping(folder, "people.csv", "")));
        Model standard = Linkage.standardModel(records);
        Model withPostcodeRule = new Model(standard.prior(), standard.comparisons(),
                List.of(BlockingRule.parse("postcode")), standard.trainingRules(), standard.deterministicRules(),
                standard.recall(), standard.maxPairsPerRule(), standard.threshold(), standard.seed());

        assertThatThrownBy(() -> new Linkage(records, withPostcodeRule, message -> { }))
                .hasMessage("blocking rule 'postcode' uses the field 'postcode', but no source maps it; map a column to it "
                        + "or remove it from the model");
    }

    @Test
    void aMissingFileIsNamed() {
        Path mapping = Fixtures.peopleMapping(folder, "absent.csv", "");

        assertThatThrownBy(() -> Linkage.load(List.of(mapping))).hasMessageContaining("absent.csv does not exist");
    }
}
