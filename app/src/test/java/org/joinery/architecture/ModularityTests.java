package org.joinery.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import com.tngtech.archunit.core.domain.JavaClass;
import org.joinery.JoineryApplication;
import org.joinery.architecture.fixtures.modulith.WrongApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

/**
 * Each direct sub-package of org.joinery is a Spring Modulith module; modules use each other only
 * through their API (their base package) and never in a cycle. The module documentation in
 * docs/modules is written from the code here, so it cannot drift: commit it when it changes.
 */
class ModularityTests {

    /**
     * The linkage engine, the borough generator and the load driver (tests only) are libraries with their own small public APIs (their
     * own tests guard them), not modules of the application, so the application may use any of their types.
     */
    private static final ApplicationModules MODULES = ApplicationModules.of(JoineryApplication.class,
            JavaClass.Predicates.resideInAnyPackage("org.joinery.linkage..", "org.joinery.synth..", "org.joinery.load.."));

    /** docs/modules at the repository root; surefire runs in app/ and sets basedir. */
    static final Path DOCS = Path.of(System.getProperty("basedir", "app")).toAbsolutePath().getParent().resolve("docs/modules");

    @Test
    void modulesOnlyUseEachOthersApisAndFormNoCycles() {
        MODULES.verify();
    }

    @Test
    void aModuleThatReachesIntoAnotherModulesInternalsIsCaught() {
        // The fixture lives in the test classes, which Spring Modulith leaves out unless told to take every location.
        ApplicationModules wrong = ApplicationModules.of(WrongApplication.class, location -> true);
        assertThatThrownBy(wrong::verify).isInstanceOf(Violations.class)
                .hasMessageContaining("Module 'checkout' depends on non-exposed type")
                .hasMessageContaining("catalogue.internal.Price");
    }

    @Test
    void moduleDocumentationIsWrittenFromTheCode() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeDocumentation()
                .writeModuleMetadata();
        try (Stream<Path> diagrams = Files.list(DOCS)) {
            for (Path diagram : diagrams.filter(file -> file.toString().endsWith(".puml")).toList()) {
                sortRelations(diagram);
            }
        }
    }

    /**
     * The module map in docs/architecture.md is rewritten from the code; in CI, where nobody can commit the new
     * text, a map that differs from the committed one fails the build instead.
     */
    @Test
    void theModuleMapInTheArchitectureGuideIsTheCodes() throws IOException {
        Path guide = DOCS.getParent().resolve("architecture.md");
        String committed = Files.readString(guide);
        String written = new ModuleMap(MODULES).into(committed);
        if ("true".equals(System.getenv("CI"))) {
            assertThat(written).as("docs/architecture.md's module map: run ModularityTests and commit the file").isEqualTo(committed);
        } else if (!written.equals(committed)) {
            Files.writeString(guide, written);
        }
    }

    /** The documenter lists relations in hash order; sorting them keeps the committed files stable between runs. */
    private static void sortRelations(Path diagram) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(diagram));
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("Rel(")) {
                at.add(i);
            }
        }
        List<String> relations = at.stream().map(lines::get).sorted().toList();
        for (int i = 0; i < at.size(); i++) {
            lines.set(at.get(i), relations.get(i));
        }
        Files.write(diagram, lines);
    }
}
