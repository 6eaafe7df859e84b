package org.joinery.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

/** Categories, purposes and roles are open to new domains, and one name is one value, as it was with the enums. */
class VocabularyTest {

    @Test
    void aStoredNameReadsBackAsTheDeclaredValue() {
        assertThat(DataCategory.of("IDENTITY")).isSameAs(DataCategory.IDENTITY);
        assertThat(Purpose.of("DIRECT_CARE")).isSameAs(Purpose.DIRECT_CARE);
        assertThat(Role.of("PRACTITIONER")).isSameAs(Role.PRACTITIONER);
        assertThat(DataCategory.IDENTITY.name()).isEqualTo("IDENTITY").isEqualTo(DataCategory.IDENTITY.toString());
        assertThat(Role.ADMINISTRATOR.authority()).isEqualTo("ROLE_ADMINISTRATOR");
    }

    @Test
    void aNewDomainDeclaresItsOwnWithoutEditingAccess() {
        DataCategory consent = DataCategory.of("TEST_CONSENT_RECORD");
        assertThat(DataCategory.of("TEST_CONSENT_RECORD")).isSameAs(consent);
        Purpose referral = Purpose.of("TEST_REFERRAL");
        assertThat(new AccessRequest(Actor.system("test"), Action.READ, DataRef.of(consent, null), referral).purpose())
                .isSameAs(Purpose.of("TEST_REFERRAL"));
        // Not a role here: Role.values() is what administrators can give, and other tests in this JVM list it.
        assertThat(Role.values()).containsExactly(Role.PRACTITIONER, Role.TEAM_MANAGER,
                Role.INFORMATION_GOVERNANCE_OFFICER, Role.ANALYST, Role.ADMINISTRATOR);
    }

    @Test
    void aNameFromAFormIsLookedUpNeverDeclared() {
        assertThat(DataCategory.find("IDENTITY")).contains(DataCategory.IDENTITY);
        assertThat(DataCategory.find("NOT_DECLARED_BY_ANYONE")).isEmpty();
        assertThat(DataCategory.find("NOT_DECLARED_BY_ANYONE")).isEmpty();
        assertThatThrownBy(() -> Purpose.of("direct care")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRoleReadBackFromASessionIsTheSameValue() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(Role.TEAM_MANAGER);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isSameAs(Role.TEAM_MANAGER);
        }
    }
}
