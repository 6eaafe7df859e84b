package org.joinery.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.joinery.architecture.fixtures.engine.EngineThatReachesIntoTheApp;
import org.joinery.architecture.fixtures.engine.EngineWithSpring;
import org.junit.jupiter.api.Test;

/**
 * The linkage engine and the synthetic borough generator are plain Java, so they run in a batch
 * job, a Spark executor or a benchmark without Spring, and know nothing of the application.
 * The generator may use the engine's types; the engine uses neither.
 */
class NoSpringInEngineTest {

    private static final JavaClasses ENGINE = new ClassFileImporter().importPackages("org.joinery.linkage", "org.joinery.synth");

    static ArchRule freeOfSpring(String... packages) {
        return noClasses().that().resideInAnyPackage(packages)
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .because("the engine must run without Spring: pass what it needs in as plain Java values")
                // The engine packages hold only package-info until the linkage and synth issues land.
                .allowEmptyShould(true);
    }

    static ArchRule selfContained(String enginePackage, String... alsoAllowed) {
        String[] allowed = new String[alsoAllowed.length + 1];
        allowed[0] = enginePackage;
        System.arraycopy(alsoAllowed, 0, allowed, 1, alsoAllowed.length);
        return noClasses().that().resideInAPackage(enginePackage)
                .should().dependOnClassesThat(resideInAPackage("org.joinery..").and(not(resideInAnyPackage(allowed))))
                .because("the engine must not know the application: the application calls the engine, never the reverse; "
                        + "move the shared type into the engine or pass plain values")
                .allowEmptyShould(true);
    }

    @Test
    void linkageAndSynthDependOnNothingFromSpring() {
        freeOfSpring("org.joinery.linkage..", "org.joinery.synth..").check(ENGINE);
    }

    @Test
    void linkageDependsOnNothingElseOfJoinery() {
        selfContained("org.joinery.linkage..").check(ENGINE);
    }

    @Test
    void synthDependsOnNothingOfJoineryButItselfAndLinkage() {
        selfContained("org.joinery.synth..", "org.joinery.linkage..").check(ENGINE);
    }

    @Test
    void anEngineClassUsingSpringIsCaught() {
        JavaClasses bad = new ClassFileImporter().importClasses(EngineWithSpring.class);
        assertThatThrownBy(() -> freeOfSpring("org.joinery.architecture.fixtures.engine..").check(bad))
                .hasMessageContaining("EngineWithSpring").hasMessageContaining("org.springframework.util.StringUtils")
                .hasMessageContaining("pass what it needs in as plain Java values");
    }

    @Test
    void anEngineClassReachingIntoTheApplicationIsCaught() {
        JavaClasses bad = new ClassFileImporter().importClasses(EngineThatReachesIntoTheApp.class);
        assertThatThrownBy(() -> selfContained("org.joinery.architecture.fixtures.engine..").check(bad))
                .hasMessageContaining("EngineThatReachesIntoTheApp").hasMessageContaining("org.joinery.access.Actor");
    }
}
