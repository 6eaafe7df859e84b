package org.joinery.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every application module keeps the one layout a new domain copies; the rules are shown to catch a wrong module. */
class ModuleLayoutTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.joinery");

    private static final ModuleLayout WRONG = new ModuleLayout("org.joinery.architecture.fixtures.layout", Set.of());

    private static final JavaClasses SHOP = new ClassFileImporter().importPackages("org.joinery.architecture.fixtures.layout");

    @Test
    void everyModuleKeepsItsApiInTheBasePackageAndItsInternalsUnexported() {
        ModuleLayout.JOINERY.check(MAIN);
    }

    @Test
    void aPublicClassOutsideTheBasePackageIsCaughtButANamedInterfaceIsAllowed() {
        assertThatThrownBy(() -> WRONG.noPublicClassOutsideTheApi().check(SHOP))
                .hasMessageContaining("shop.internal.Basket is public but not in the base package of module 'shop'")
                .hasMessageNotContaining("Offer").hasMessageNotContaining("BasketStore");
    }

    @Test
    void databaseCodeOutsideAnInternalStoreIsCaught() {
        assertThatThrownBy(() -> WRONG.persistenceIsAnInternalStore().check(SHOP))
                .hasMessageContaining("shop.internal.Basket uses the database directly: name it …Store")
                .hasMessageNotContaining("BasketStore uses");
    }

    @Test
    void aControllerOutsideWebIsCaught() {
        assertThatThrownBy(() -> WRONG.controllersAreInWeb().check(SHOP))
                .hasMessageContaining("shop.ShopController is a controller: move it to org.joinery.architecture.fixtures.layout.shop.web")
                .hasMessageNotContaining("ShelfController");
    }

    @Test
    void anAccessRuleOutsideInternalIsCaught() {
        assertThatThrownBy(() -> WRONG.accessRulesAreInternal().check(SHOP))
                .hasMessageContaining("shop.ShopRule is an access rule: move it to org.joinery.architecture.fixtures.layout.shop.internal");
    }
}
