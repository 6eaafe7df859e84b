package org.joinery.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchInputsTest {

    @Test
    void aQuotedAddressWithACommaLeavesThePostcodeInItsColumn() {
        assertThat(SearchInputs.fields("ASC-1,Victoria,Ivanova,\"Flat 21, 66 Chestnut Street\",Barking,IG11 8TG"))
                .containsExactly("ASC-1", "Victoria", "Ivanova", "Flat 21, 66 Chestnut Street", "Barking", "IG11 8TG");
        assertThat(SearchInputs.fields("a,\"say \"\"hi\"\"\",,")).containsExactly("a", "say \"hi\"", "", "");
    }

    @Test
    void someSearchesAreForResidentsNoAgencyKnowsAndTheSameSeedMakesTheSameSearches(@TempDir Path borough) throws Exception {
        Files.createDirectories(borough.resolve("extracts"));
        StringBuilder care = new StringBuilder("person_id,first_name,last_name,date_of_birth,address,post_code\n");
        for (int i = 0; i < 500; i++) {
            care.append("ASC-").append(i).append(",First").append(i).append(",Last").append(i).append(",1980")
                    .append(String.format("%02d%02d", 1 + i % 12, 1 + i % 28)).append(",\"Flat ").append(i)
                    .append(", High Street\",IG11 ").append(i % 10).append("AB\n");
        }
        Files.writeString(borough.resolve("extracts/adult-social-care.csv"), care);
        Files.writeString(borough.resolve("extracts/revenues-benefits.csv"), "claim_id,forename,surname,dob,postcode\n");

        List<SearchInput> searches = SearchInputs.fromBorough(borough, 0.2, 42);

        assertThat(searches).hasSize(500).isEqualTo(SearchInputs.fromBorough(borough, 0.2, 42));
        assertThat(searches).isNotEqualTo(SearchInputs.fromBorough(borough, 0.2, 43));
        long madeUp = searches.stream().filter(s -> s.fields().containsKey("forenames") && s.fields().containsKey("surname")
                && !s.fields().get("forenames").substring(5).equals(s.fields().get("surname").substring(4))).count();
        long withForenames = searches.stream().filter(s -> s.fields().containsKey("forenames")).count();
        assertThat((double) madeUp / withForenames).isBetween(0.12, 0.28);
        assertThat(searches).allMatch(s -> !s.fields().containsKey("postcode") || s.fields().get("postcode").startsWith("IG11 "));
    }
}
