package org.joinery.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every templates folder, message bundle and new migration is named after the module that owns it (see
 * {@link ModuleResources}), so a newcomer finds a module's pages, words and tables by its name. The rule is also
 * shown to catch a deliberately wrong example, laid out in a temporary directory.
 */
class ModuleResourcesTest {

    private static final Path APP = Path.of(System.getProperty("basedir", "app")).toAbsolutePath();
    private static final Path MAIN = APP.resolve("src/main");

    @Test
    void everyTemplatesFolderMessageBundleAndNewMigrationIsNamedAfterAModule() throws IOException {
        Set<String> modules = ModuleResources.modules(MAIN.resolve("java"));
        assertThat(modules).contains("platform", "accounts", "residents", "demo").doesNotContain("borough");
        assertThat(MAIN.resolve("resources/messages/platform.properties")).exists();

        assertThat(ModuleResources.problems(modules, MAIN.resolve("resources/templates"), MAIN.resolve("resources/messages"),
                List.of(MAIN.resolve("resources/db/migration"), MAIN.resolve("java/db/migration")))).isEmpty();
    }

    @Test
    void resourcesNamedAfterNoModuleAreCaughtWithWhatToDo(@TempDir Path resources) throws IOException {
        Path templates = Files.createDirectories(resources.resolve("templates"));
        for (String folder : List.of("accounts", "fragments", "error", "admin")) {
            Files.createDirectories(templates.resolve(folder));
        }
        Files.writeString(templates.resolve("home.html"), "<p>platform's</p>");
        Path messages = Files.createDirectories(resources.resolve("messages"));
        for (String bundle : List.of("platform", "accounts", "borough")) {
            Files.writeString(messages.resolve(bundle + ".properties"), "key=value\n");
        }
        Files.writeString(resources.resolve("messages.properties"), "stray=word\n");
        Path migrations = Files.createDirectories(resources.resolve("db/migration"));
        for (String migration : List.of("V3__sign_in_failures.sql", "V20__accounts_last_sign_in.sql",
                "V21__consent.sql", "V22__borough_wards.sql", "V23__Accounts_Roles.sql")) {
            Files.writeString(migrations.resolve(migration), "select 1;\n");
        }

        List<String> problems = ModuleResources.problems(Set.of("platform", "accounts", "demo"), templates, messages,
                List.of(migrations));

        assertThat(problems).hasSize(6);
        assertThat(problems.get(0)).startsWith("templates/admin/ is named after no module").contains("templates/<module>/");
        assertThat(problems.get(1)).startsWith("messages/borough.properties is named after no module");
        assertThat(problems.get(2)).startsWith("messages.properties holds words outside the modules' bundles");
        assertThat(problems.subList(3, 6)).allSatisfy(problem -> assertThat(problem).contains("V<n>__<module>_<what>"))
                .extracting(problem -> problem.substring(0, problem.indexOf(" is not")))
                .containsExactly("migration V21__consent.sql", "migration V22__borough_wards.sql",
                        "migration V23__Accounts_Roles.sql");
    }
}
