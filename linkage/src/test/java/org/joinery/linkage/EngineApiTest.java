package org.joinery.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The engine's API is declared in module-info.java. The application runs on the class path, where exports are not
 * enforced, so this test holds the declaration to the intended list, and the application's EngineApiRuleTest holds
 * the application to the declaration.
 */
class EngineApiTest {

    /** What the application and other users of the engine may use: the facade, the model and person schema, records, results. */
    static final Set<String> EXPORTED = Set.of("org.joinery.linkage", "org.joinery.linkage.model", "org.joinery.linkage.data",
            "org.joinery.linkage.predict", "org.joinery.linkage.explain", "org.joinery.linkage.evaluate",
            "org.joinery.linkage.live");

    /** How records are compared and how the model is trained: free to change without telling anyone. */
    static final Set<String> INTERNAL = Set.of("org.joinery.linkage.compare", "org.joinery.linkage.train");

    /** The engine's module, read from the classes it was compiled to (a folder or the jar). */
    static ModuleDescriptor engine() throws URISyntaxException {
        Path classes = Path.of(Linkage.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return ModuleFinder.of(classes).find("org.joinery.linkage").orElseThrow().descriptor();
    }

    @Test
    void theEngineExportsOnlyItsFacadeTheModelTheRecordsAndTheResults() throws URISyntaxException {
        Map<String, Set<String>> exports = new TreeMap<>();
        engine().exports().forEach(export -> exports.put(export.source(), export.targets()));

        assertThat(exports).containsOnlyKeys(union(EXPORTED, Set.of("org.joinery.linkage.compare")));
        EXPORTED.forEach(api -> assertThat(exports.get(api)).as(api + " is exported to everyone").isEmpty());
        assertThat(exports.get("org.joinery.linkage.compare")).as("only the benchmarks may read the feature table")
                .containsExactly("org.joinery.linkage.bench");
    }

    @Test
    void everyPackageOfTheEngineIsEitherItsApiOrDeclaredInternal() throws URISyntaxException {
        assertThat(engine().packages()).as("a new package must be added to the API or to the internal list")
                .containsExactlyInAnyOrderElementsOf(union(EXPORTED, INTERNAL));
    }

    @Test
    void theEngineHoldsNoBenchmarkAndNeedsNoDatabaseDriver() throws URISyntaxException {
        ModuleDescriptor engine = engine();

        assertThat(engine.packages()).doesNotContain("org.joinery.linkage.bench", "org.joinery.linkage.backend");
        assertThat(engine.requires()).extracting(ModuleDescriptor.Requires::name)
                .containsExactlyInAnyOrder("java.base", "java.management", "tools.jackson.databind");
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
