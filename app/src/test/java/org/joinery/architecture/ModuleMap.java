package org.joinery.architecture;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.DependencyType;

/**
 * The module map in docs/architecture.md, written from the code: a Mermaid graph of which module uses which
 * (solid) and which listens to whose events (dotted), and a table with each module's published events.
 * Everything is sorted, so the text changes only when the modules do.
 */
record ModuleMap(ApplicationModules modules) {

    static final String START = "<!-- module map: written by ModularityTests, do not edit -->";
    static final String END = "<!-- end of module map -->";

    /** Every module may use the open platform module; drawing those edges would hide the others. */
    private static final String PLATFORM = "platform";

    String markdown() {
        List<ApplicationModule> sorted = modules.stream().sorted(Comparator.comparing(ApplicationModule::getName)).toList();
        StringBuilder text = new StringBuilder(START).append("\n\n```mermaid\ngraph LR\n");
        for (ApplicationModule module : sorted) {
            heard(module).forEach((publisher, events) -> text.append("  ").append(publisher).append(" -. ")
                    .append(String.join(", ", events)).append(" .-> ").append(module.getName()).append('\n'));
            Set<String> uses = targets(module, DependencyType.DEFAULT, DependencyType.USES_COMPONENT, DependencyType.ENTITY);
            for (String target : uses) {
                text.append("  ").append(module.getName()).append(" --> ").append(target).append('\n');
            }
        }
        text.append("```\n\nEvery module may also use `platform`. A solid arrow means \"uses the API of\"; a dotted one, "
                + "\"these events of it are heard by\".\n\n| module | base package | uses | publishes (heard by others) |\n|---|---|---|---|\n");
        for (ApplicationModule module : sorted) {
            Set<String> all = targets(module, DependencyType.values());
            String events = sorted.stream().flatMap(listener -> heard(listener).getOrDefault(module.getName(), Set.of()).stream())
                    .distinct().sorted().map(e -> "`" + e + "`").collect(Collectors.joining(", "));
            text.append("| `").append(module.getName()).append("` | `").append(module.getBasePackage().getName()).append("` | ")
                    .append(all.stream().map(m -> "`" + m + "`").collect(Collectors.joining(", "))).append(" | ")
                    .append(events).append(" |\n");
        }
        return text.append('\n').append(END).toString();
    }

    /** The document with its map section replaced. */
    String into(String document) {
        int start = document.indexOf(START);
        int end = document.indexOf(END);
        if (start < 0 || end < start) {
            throw new IllegalStateException("docs/architecture.md has lost its module map markers: put back the lines "
                    + START + " and " + END + " where the map belongs");
        }
        return document.substring(0, start) + markdown() + document.substring(end + END.length());
    }

    /** The events this module listens to, by the module that publishes them. */
    private Map<String, Set<String>> heard(ApplicationModule module) {
        Map<String, Set<String>> events = new TreeMap<>();
        module.getDirectDependencies(modules, DependencyType.EVENT_LISTENER).stream()
                .filter(dependency -> !dependency.getTargetModule().getName().equals(module.getName()))
                .forEach(dependency -> events.computeIfAbsent(dependency.getTargetModule().getName(), m -> new TreeSet<>())
                        .add(dependency.getTargetType().getSimpleName()));
        return events;
    }

    private Set<String> targets(ApplicationModule module, DependencyType... types) {
        return module.getDirectDependencies(modules, types).uniqueModules().map(ApplicationModule::getName)
                .filter(name -> !name.equals(PLATFORM) && !name.equals(module.getName()))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
