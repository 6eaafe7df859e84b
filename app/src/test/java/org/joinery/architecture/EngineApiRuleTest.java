package org.joinery.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import org.joinery.architecture.fixtures.engineuser.AppThatReachesIntoTheEngine;
import org.joinery.linkage.Linkage;
import org.junit.jupiter.api.Test;

/**
 * The application uses the linkage engine only through the packages the engine's module-info.java exports. The
 * application runs on the class path, where the JVM does not enforce exports, so this rule does; the engine's
 * EngineApiTest keeps the export list itself small. The benchmarks (linkage-bench) and the application's tests may
 * use more.
 */
class EngineApiRuleTest {

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.joinery");

    /** The packages the engine exports to everyone, read from its compiled module-info. */
    static String[] enginePackages() throws Exception {
        Path engine = Path.of(Linkage.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModuleDescriptor descriptor = ModuleFinder.of(engine).find("org.joinery.linkage").orElseThrow().descriptor();
        return descriptor.exports().stream().filter(export -> !export.isQualified()).map(ModuleDescriptor.Exports::source)
                .sorted().toArray(String[]::new);
    }

    static ArchRule onlyTheEngineApi(String... exported) {
        return noClasses().that().resideInAPackage("org.joinery..").and().resideOutsideOfPackage("org.joinery.linkage..")
                .should().dependOnClassesThat(resideInAPackage("org.joinery.linkage..").and(not(resideInAnyPackage(exported))))
                .because("the engine's internals may change without notice: use what its module-info exports, or "
                        + "add what is missing to the Linkage facade");
    }

    @Test
    void theApplicationUsesOnlyThePackagesTheEngineExports() throws Exception {
        String[] exported = enginePackages();

        assertThat(exported).contains("org.joinery.linkage", "org.joinery.linkage.model")
                .doesNotContain("org.joinery.linkage.compare", "org.joinery.linkage.train");
        onlyTheEngineApi(exported).check(APPLICATION);
    }

    @Test
    void applicationCodeUsingAnInternalPackageOfTheEngineIsCaught() throws Exception {
        JavaClasses bad = new ClassFileImporter().importClasses(AppThatReachesIntoTheEngine.class);

        assertThatThrownBy(() -> onlyTheEngineApi(enginePackages()).check(bad))
                .hasMessageContaining("AppThatReachesIntoTheEngine")
                .hasMessageContaining("org.joinery.linkage.compare.JaroWinkler")
                .hasMessageContaining("add what is missing to the Linkage facade");
    }
}
