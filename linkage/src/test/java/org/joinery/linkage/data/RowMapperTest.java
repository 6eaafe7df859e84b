package org.joinery.linkage.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.joinery.linkage.LinkageException;
import org.joinery.linkage.model.PersonField;
import org.joinery.linkage.model.SourceMapping;
import org.junit.jupiter.api.Test;

class RowMapperTest {

    private static final SourceMapping MAPPING = SourceMapping.read("""
            {"version": 1, "source": "people", "recordId": "id", "dateFormats": ["dd/MM/yyyy"], "fullName": "name",
             "fields": {"date_of_birth": "dob", "address": ["house", "street"]}}""", "test", null);
    private static final String[] HEADER = {"id", "name", "dob", "house", "street"};

    @Test
    void aRowIsMappedToThePersonSchema() {
        RowMapper.MappedRow row = new RowMapper(MAPPING, HEADER).map(new String[] {"A1", "SMITH, Anna", "07/03/1980", "12", "High St"});

        assertThat(row.problems()).isEmpty();
        assertThat(row.recordId()).isEqualTo("A1");
        assertThat(row.field(PersonField.FORENAMES)).isEqualTo("Anna");
        assertThat(row.field(PersonField.SURNAME)).isEqualTo("SMITH");
        assertThat(row.field(PersonField.DATE_OF_BIRTH)).isEqualTo("1980-03-07");
        assertThat(row.field(PersonField.ADDRESS)).isEqualTo("12 High St");
    }

    @Test
    void eachProblemNamesItsColumnAndValue() {
        RowMapper mapper = new RowMapper(MAPPING, HEADER);

        assertThat(mapper.map(new String[] {"", "Anna Smith", "31/02/1980", "", ""}).problems()).containsExactly(
                new RowMapper.Problem(RowMapper.ProblemKind.DATE, "dob", "31/02/1980", "'31/02/1980' is not a date written as dd/MM/yyyy"),
                new RowMapper.Problem(RowMapper.ProblemKind.RECORD_ID, "id", "", "the record ID is empty (expected an ID for every record)"));
        assertThat(mapper.map(new String[] {"A1"}).problems()).extracting(RowMapper.Problem::kind)
                .containsExactly(RowMapper.ProblemKind.FIELD_COUNT);
    }

    @Test
    void aHeaderLackingMappedColumnsIsRefusedNamingEachOfThem() {
        assertThat(RowMapper.missingColumns(MAPPING, java.util.List.of("id", "dob"))).containsExactly("house", "street", "name");
        assertThatThrownBy(() -> new RowMapper(MAPPING, new String[] {"id", "dob"})).isInstanceOf(LinkageException.class)
                .hasMessageContaining("fields.address names the column 'house'").hasMessageContaining("fullName names the column 'name'");
    }
}
