package org.joinery.residents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.joinery.access.Actor;
import org.joinery.access.Role;
import org.joinery.index.ResidentIndex;
import org.joinery.linkage.data.Records;
import org.joinery.linkage.data.SyntheticPeople;
import org.joinery.linkage.model.PersonField;
import org.joinery.testing.RecordedDecisions;
import org.joinery.testing.ResidentFixtures;
import org.joinery.testing.TestDatabase;
import org.joinery.testing.TestStaff;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ContextConfiguration;

/**
 * The residents module with everything it stands on (the index, sharing, sources): once the live index has been
 * built, a practitioner at the front door finds a resident whose record their organisation holds.
 */
@Tag("integration")
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false)
@ContextConfiguration(initializers = TestDatabase.class)
@Import(RecordedDecisions.class)
class ResidentsModuleTests {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    ResidentIndex residentIndex;
    @Autowired
    FrontDoor frontDoor;

    @Test
    void aPractitionerAtTheFrontDoorFindsAResidentTheirOrganisationHolds(Scenario scenario) {
        TestStaff staff = new TestStaff(jdbc, passwords);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        UUID council = staff.organisation("Council " + unique, "COUNCIL_SERVICE", false);
        String username = staff.user(council, "duty-" + unique, "Duty Officer", Role.PRACTITIONER);
        UUID userId = jdbc.queryForObject("select id from app_user where username = ?", UUID.class, username);
        Actor practitioner = new Actor(userId, username, council, false, Set.of(Role.PRACTITIONER));
        ResidentFixtures fixtures = new ResidentFixtures(jdbc);
        UUID source = fixtures.source(council, "housing-" + unique, false);
        long record = fixtures.record(source, "h1", "Tobias", "Wren", "1971-04-30", "RM10 7XS", null);
        String joineryId = "R" + unique.toUpperCase();
        fixtures.person(joineryId, List.of(record));
        // Other people, so that agreeing on a name weighs as much as in a borough, not as in a register of one.
        Records people = SyntheticPeople.generate(300, 11);
        for (int i = 0; i < people.size(); i++) {
            fixtures.record(source, "b" + i, people.value(PersonField.FORENAMES, i), people.value(PersonField.SURNAME, i),
                    people.value(PersonField.DATE_OF_BIRTH, i), people.value(PersonField.POSTCODE, i), null);
        }
        Map<PersonField, String> details = Map.of(PersonField.FORENAMES, "Tobias", PersonField.SURNAME, "Wren",
                PersonField.DATE_OF_BIRTH, "1971-04-30");

        // The live index builds on a thread of its own: the search finds the resident once it has.
        scenario.stimulate(() -> residentIndex.requestRebuild())
                .andWaitForStateChange(() -> frontDoor.search(practitioner, details).persons(), persons -> !persons.isEmpty())
                .andVerify(persons -> assertThat(persons).extracting(ResidentIndex.PersonMatch::joineryId)
                        .containsExactly(joineryId));
    }
}
