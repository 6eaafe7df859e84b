package org.joinery.architecture;

import java.nio.file.Path;
import org.joinery.JoineryApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each direct sub-package of org.joinery is a Spring Modulith module; modules use each other only
 * through their API (their base package) and never in a cycle. The module documentation in
 * docs/modules is written from the code here, so it cannot drift: commit it when it changes.
 */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(JoineryApplication.class);

    /** docs/modules at the repository root; surefire runs in app/ and sets basedir. */
    static final Path DOCS = Path.of(System.getProperty("basedir", "app")).toAbsolutePath().getParent().resolve("docs/modules");

    @Test
    void modulesOnlyUseEachOthersApisAndFormNoCycles() {
        MODULES.verify();
    }

    @Test
    void moduleDocumentationIsWrittenFromTheCode() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeDocumentation()
                .writeModuleMetadata();
    }
}
