package org.joinery.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.joinery.access.ForgedGrantFixture;
import org.joinery.access.Grant;
import org.joinery.access.AccessGate;
import org.joinery.access.PersonalDataStore;
import org.joinery.accounts.internal.PublicStoreFixture;
import org.joinery.architecture.fixtures.CrossModuleStoreUser;
import org.joinery.architecture.fixtures.StoreWithoutGrant;
import org.junit.jupiter.api.Test;

/**
 * Personal data is reachable only through the one access gate: stores demand a grant, only the
 * gate makes grants, stores stay inside their module, and no other code names their tables in SQL.
 * Each rule is also shown to catch a deliberately bad fixture from the test sources.
 */
class PersonalDataGateTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.joinery");

    private static final Path APP = Path.of(System.getProperty("basedir", "app")).toAbsolutePath();
    private static final Path MAIN_SOURCES = APP.resolve("src/main/java");
    private static final Path TEST_SOURCES = APP.resolve("src/test/java");

    @Test
    void everyPublicMethodOfAPersonalDataStoreTakesAndChecksAGrant() {
        assertThat(MAIN.stream().filter(c -> c.isAnnotatedWith(PersonalDataStore.class))).isNotEmpty();
        GateRules.STORES_NEED_A_GRANT.check(MAIN);
    }

    @Test
    void onlyTheAccessGateMakesGrants() {
        GateRules.ONLY_THE_GATE_MAKES_GRANTS.check(MAIN);
    }

    @Test
    void personalDataStoresAreUsedOnlyInsideTheirOwnModule() {
        GateRules.STORES_STAY_IN_THEIR_MODULE.check(MAIN);
    }

    @Test
    void noCodeButTheOwningStoreNamesAPersonalDataTableInSql() {
        assertThat(sqlScan().scan(MAIN_SOURCES)).isEmpty();
    }

    // --- Each rule catches a violation ---

    @Test
    void aStoreMethodWithoutAGrantOrWithAnUncheckedGrantIsCaught() {
        JavaClasses bad = new ClassFileImporter().importClasses(StoreWithoutGrant.class, Grant.class);
        assertThatThrownBy(() -> GateRules.STORES_NEED_A_GRANT.check(bad))
                .hasMessageContaining("StoreWithoutGrant.everyone()").hasMessageContaining("takes no Grant. Add a Grant parameter")
                .hasMessageContaining("StoreWithoutGrant.unchecked(org.joinery.access.Grant)")
                .hasMessageContaining("never calls grant.require");
    }

    @Test
    void aGrantMadeOutsideTheGateIsCaught() {
        JavaClasses bad = new ClassFileImporter().importClasses(ForgedGrantFixture.class, Grant.class, AccessGate.class);
        assertThatThrownBy(() -> GateRules.ONLY_THE_GATE_MAKES_GRANTS.check(bad))
                .hasMessageContaining("ForgedGrantFixture").hasMessageContaining("ask AccessGate.authorise");
    }

    @Test
    void aStoreUsedFromAnotherModuleIsCaught() {
        JavaClasses bad = new ClassFileImporter().importClasses(CrossModuleStoreUser.class, PublicStoreFixture.class);
        assertThatThrownBy(() -> GateRules.STORES_STAY_IN_THEIR_MODULE.check(bad))
                .hasMessageContaining("CrossModuleStoreUser uses the personal-data store PublicStoreFixture of module 'accounts'")
                .hasMessageContaining("Call a service of module 'accounts' instead");
    }

    @Test
    void sqlNamingAnotherStoresTableIsCaughtWithTheLineAndWhatToDo() {
        var found = sqlScan().scan(TEST_SOURCES.resolve("org/joinery/architecture/fixtures"));
        assertThat(found).extracting(PersonalDataSql.Violation::table).containsExactlyInAnyOrder("app_user", "audit_entry");
        assertThat(found).allSatisfy(violation -> assertThat(violation.file().getFileName().toString()).isEqualTo("RogueQueries.java"));
        assertThat(found.get(0).toString()).contains("RogueQueries.java:").contains("names the personal-data table")
                .contains("Call a method of that store with a Grant");
    }

    /** Every personal-data table, from every store's annotation, with the store's source file. */
    private static PersonalDataSql sqlScan() {
        Map<String, Path> owners = new HashMap<>();
        for (JavaClass store : MAIN.stream().filter(c -> c.isAnnotatedWith(PersonalDataStore.class)).toList()) {
            Path source = MAIN_SOURCES.resolve(store.getName().replace('.', '/') + ".java");
            for (String table : store.getAnnotationOfType(PersonalDataStore.class).tables()) {
                owners.put(table.toLowerCase(java.util.Locale.ROOT), source);
            }
        }
        assertThat(owners).containsKeys("app_user", "audit_entry");
        return new PersonalDataSql(owners);
    }
}
