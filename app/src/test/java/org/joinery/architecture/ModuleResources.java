package org.joinery.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Each module owns its resources, and says so by their names: its pages in {@code templates/<module>/}, its words in
 * {@code messages/<module>.properties}, and its migrations (after V19) as {@code V<n>__<module>_<what>}. The
 * platform's pages are the files at the top of {@code templates/} and the folders Spring and the layout need.
 */
final class ModuleResources {

    /** The platform's template folders: shared fragments, and the error pages where Spring Boot looks for them. */
    static final Set<String> PLATFORM_FOLDERS = Set.of("fragments", "error");

    /**
     * Folders that belong to a module but are not yet named after it, with that module. Clerical review's pages
     * (linking.review) move into the linking module's folder with the linking split; then this entry goes.
     */
    static final Map<String, String> NOT_YET_MOVED = Map.of("review", "linking");

    /** Migrations up to this version were written before migrations were named by their module. */
    static final int LAST_UNNAMED_MIGRATION = 19;

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__(.+)\\.(sql|java)");
    private static final Pattern NAMED_MIGRATION = Pattern.compile("V\\d+__([a-z]+)_[a-z0-9_]+\\.(sql|java)");

    private ModuleResources() {
    }

    /** The application modules: the direct sub-packages of org.joinery, as Spring Modulith finds them. */
    static Set<String> modules(Path mainSources) throws IOException {
        try (Stream<Path> packages = Files.list(mainSources.resolve("org/joinery"))) {
            return Set.copyOf(packages.filter(Files::isDirectory).map(dir -> dir.getFileName().toString()).toList());
        }
    }

    /** Every resource not named after a module, each with what to do; empty when all are. */
    static List<String> problems(Set<String> modules, Path templates, Path messages, List<Path> migrationFolders)
            throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path folder : children(templates)) {
            String name = folder.getFileName().toString();
            if (Files.isDirectory(folder) && !modules.contains(name) && !PLATFORM_FOLDERS.contains(name)
                    && !NOT_YET_MOVED.containsKey(name)) {
                problems.add("templates/" + name + "/ is named after no module: move its pages to templates/<module>/ "
                        + "of the module whose controllers show them");
            }
        }
        for (Path bundle : children(messages)) {
            String name = bundle.getFileName().toString();
            String module = name.endsWith(".properties") ? name.substring(0, name.length() - ".properties".length()) : name;
            if (!modules.contains(module)) {
                problems.add("messages/" + name + " is named after no module: put its keys in messages/<module>.properties "
                        + "of the module whose pages use them (shared words in messages/platform.properties)");
            }
        }
        Path root = messages.getParent();
        for (Path file : children(root)) {
            String name = file.getFileName().toString();
            if (name.startsWith("messages") && name.endsWith(".properties")) {
                problems.add(name + " holds words outside the modules' bundles: move its keys to messages/<module>.properties");
            }
        }
        for (Path folder : migrationFolders) {
            for (Path migration : children(folder)) {
                String name = migration.getFileName().toString();
                Matcher versioned = MIGRATION.matcher(name);
                if (!versioned.matches() || Integer.parseInt(versioned.group(1)) <= LAST_UNNAMED_MIGRATION) {
                    continue;
                }
                Matcher named = NAMED_MIGRATION.matcher(name);
                if (!named.matches() || !modules.contains(named.group(1))) {
                    problems.add("migration " + name + " is not named V<n>__<module>_<what> after an application module "
                            + "(for example V" + versioned.group(1) + "__sharing_consent.sql); modules: " + sorted(modules));
                }
            }
        }
        return problems;
    }

    private static List<Path> children(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static List<String> sorted(Set<String> modules) {
        return modules.stream().sorted().toList();
    }
}
