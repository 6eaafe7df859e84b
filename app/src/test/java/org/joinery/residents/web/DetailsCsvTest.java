package org.joinery.residents.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.joinery.linking.SideBySide;
import org.junit.jupiter.api.Test;

class DetailsCsvTest {

    @Test
    void oneRowPerFieldOneColumnPerRecordWithFormulasKeptAsText() {
        String[] first = new String[12];
        first[0] = "=HYPERLINK(\"http://x.example\",\"click\")";
        first[4] = "1985-03-02";
        String[] second = new String[12];
        second[0] = "Amy";
        SideBySide sideBySide = SideBySide.of(List.of(new SideBySide.Column("Housing", "Cases", "H1", first),
                new SideBySide.Column("Health", "Patients", "M1", second)));

        String csv = DetailsCsv.of(sideBySide, key -> key.substring(key.lastIndexOf('.') + 1));

        assertThat(csv.split("\r\n")).containsExactly(
                "detail,\"Housing, Cases (H1)\",\"Health, Patients (M1)\"",
                "forenames,\"'=HYPERLINK(\"\"http://x.example\"\",\"\"click\"\")\",Amy",
                "date_of_birth,2 March 1985,");
    }
}
