package org.joinery.residents.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DetailsCsvTest {

    @Test
    void aCellASpreadsheetWouldTakeForAFormulaStaysText() {
        assertThat(DetailsCsv.cell("=HYPERLINK(\"http://x.example\",\"click\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x.example\"\",\"\"click\"\")\"");
        assertThat(DetailsCsv.cell("+44 20")).isEqualTo("\"'+44 20\"");
        assertThat(DetailsCsv.cell("-1")).isEqualTo("\"'-1\"");
        assertThat(DetailsCsv.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(DetailsCsv.cell("\tx")).isEqualTo("\"'\tx\"");
    }

    @Test
    void ordinaryTextIsQuotedAsItIs() {
        assertThat(DetailsCsv.cell("Smith, Amy")).isEqualTo("\"Smith, Amy\"");
        assertThat(DetailsCsv.cell(null)).isEqualTo("\"\"");
    }
}
