package org.joinery.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    private static String written(String... cells) {
        StringWriter out = new StringWriter();
        new CsvExport(out).row(Arrays.asList(cells));
        return out.toString();
    }

    @Test
    void cellsThatStartLikeAFormulaAreWrittenAsText() {
        assertThat(written("=HYPERLINK(\"http://evil\",\"click\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\"\r\n");
        for (String start : List.of("+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(CsvExport.neutralised(start)).startsWith("'");
        }
    }

    @Test
    void ordinaryCellsAreWrittenUnchangedAndQuotedOnlyWhenNeeded() {
        assertThat(written("Anna", "Smith, Jr", null, "say \"hi\"", "a-b")).isEqualTo("Anna,\"Smith, Jr\",,\"say \"\"hi\"\"\",a-b\r\n");
    }
}
