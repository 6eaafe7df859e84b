package org.joinery.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The product jar (app/target/joinery.jar) carries the engine but neither its benchmarks nor DuckDB, which live in
 * linkage-bench. Runs at {@code verify}, after the jar is repackaged (surefire execution {@code product-jar}).
 */
@Tag("product-jar")
class ProductJarTest {

    /** The built jar; {@code -Djoinery.product.jar=...} checks another (to see the test catch a wrong one). */
    static final Path JAR = Path.of(System.getProperty("joinery.product.jar",
            Path.of(System.getProperty("basedir", "app"), "target", "joinery.jar").toString()));

    private static List<String> entries;
    private static List<String> engineEntries;

    @BeforeAll
    static void readTheJar() throws IOException {
        assertThat(JAR).as("run at verify, after package has built the jar").isRegularFile();
        entries = new ArrayList<>();
        engineEntries = new ArrayList<>();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            for (JarEntry entry : java.util.Collections.list(jar.entries())) {
                entries.add(entry.getName());
                if (entry.getName().matches("BOOT-INF/lib/joinery-linkage-[0-9].*\\.jar")) {
                    try (InputStream in = jar.getInputStream(entry); JarInputStream engine = new JarInputStream(in)) {
                        for (JarEntry inner = engine.getNextJarEntry(); inner != null; inner = engine.getNextJarEntry()) {
                            engineEntries.add(inner.getName());
                        }
                    }
                }
            }
        }
    }

    @Test
    void theProductJarCarriesTheEngineButNotItsBenchmarks() {
        assertThat(matching(entries, "BOOT-INF/lib/joinery-linkage-bench")).isEmpty();
        assertThat(matching(engineEntries, "org/joinery/linkage/bench/")).isEmpty();
        assertThat(matching(engineEntries, "org/joinery/linkage/backend/")).isEmpty();
        assertThat(engineEntries).as("the engine jar inside joinery.jar").contains("org/joinery/linkage/Linkage.class",
                "module-info.class");
    }

    @Test
    void theProductJarCarriesNoDuckDb() {
        assertThat(entries.stream().filter(name -> name.toLowerCase(Locale.ROOT).contains("duckdb"))).isEmpty();
        assertThat(engineEntries.stream().filter(name -> name.toLowerCase(Locale.ROOT).contains("duckdb"))).isEmpty();
    }

    private static List<String> matching(List<String> names, String prefix) {
        return names.stream().filter(name -> name.startsWith(prefix)).toList();
    }
}
