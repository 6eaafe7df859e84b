package org.joinery.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.joinery.access.AccessRule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The one layout every application module follows (docs/architecture.md, "How to add a domain"): the base
 * package is the module's API; persistence and logic are in {@code internal}, controllers in {@code web}, and
 * neither is public, so the compiler keeps other modules to the API. The rules take the root package, so the
 * test can also run them over a deliberately wrong example module.
 */
record ModuleLayout(String root, Set<String> openModules) {

    /** The application: every direct sub-package of org.joinery but the open, shared platform. */
    static final ModuleLayout JOINERY = new ModuleLayout("org.joinery", Set.of("platform"));

    List<ArchRule> rules() {
        return List.of(noPublicClassOutsideTheApi(), persistenceIsAnInternalStore(), controllersAreInWeb(), accessRulesAreInternal());
    }

    void check(JavaClasses classes) {
        rules().forEach(rule -> rule.check(classes));
    }

    /** A public class outside the base package would let another module reach past the API. */
    ArchRule noPublicClassOutsideTheApi() {
        return classes().that().resideInAPackage(root + ".*.*..").and().areTopLevelClasses()
                .should(new ArchCondition<>("not be public outside the module's base package, unless in a named interface") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        if (inAModule(type) && type.getModifiers().contains(JavaModifier.PUBLIC) && !inANamedInterface(type)) {
                            events.add(SimpleConditionEvent.violated(type, type.getName() + " is public but not in the base package of module '"
                                    + module(type).orElseThrow() + "'. Make it package-private, or move what other modules need into the base package "
                                    + "(the module's API) as an interface implemented here."));
                        }
                    }
                });
    }

    /** Persistence is named one way and lives in one place, so a reader finds every table's SQL in a Store. */
    ArchRule persistenceIsAnInternalStore() {
        return classes().that().resideInAPackage(root + ".*..")
                .should(new ArchCondition<>("use the database directly only as a …Store in internal") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        if (!inAModule(type) || !usesTheDatabase(type)) {
                            return;
                        }
                        JavaClass outer = outermost(type);
                        if (!outer.getSimpleName().endsWith("Store") || !inSubPackage(outer, "internal")) {
                            events.add(SimpleConditionEvent.violated(type, type.getName() + " uses the database directly: name it …Store and put it in "
                                    + root + "." + module(type).orElseThrow() + ".internal, or ask the module's store."));
                        }
                    }
                });
    }

    ArchRule controllersAreInWeb() {
        return classes().that().resideInAPackage(root + ".*..")
                .and().areMetaAnnotatedWith(Controller.class)
                .should(new ArchCondition<>("be in the module's web package") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        if (inAModule(type) && !inSubPackage(type, "web")) {
                            events.add(SimpleConditionEvent.violated(type, type.getName() + " is a controller: move it to "
                                    + root + "." + module(type).orElseThrow() + ".web."));
                        }
                    }
                });
    }

    ArchRule accessRulesAreInternal() {
        return classes().that().resideInAPackage(root + ".*..").and().implement(AccessRule.class).and().areNotAnonymousClasses()
                .should(new ArchCondition<>("be in the module's internal package") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        if (inAModule(type) && !inSubPackage(type, "internal")) {
                            events.add(SimpleConditionEvent.violated(type, type.getName() + " is an access rule: move it to "
                                    + root + "." + module(type).orElseThrow() + ".internal (the gate finds rules as beans)."));
                        }
                    }
                });
    }

    /** The module a class belongs to: the first package segment under the root. */
    Optional<String> module(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(root + ".")) {
            return Optional.empty();
        }
        String rest = name.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    private boolean inAModule(JavaClass type) {
        return module(type).filter(m -> !openModules.contains(m)).isPresent();
    }

    /** In {@code root.module.sub} or below it. */
    private boolean inSubPackage(JavaClass type, String sub) {
        String base = root + "." + module(type).orElseThrow() + "." + sub;
        return type.getPackageName().equals(base) || type.getPackageName().startsWith(base + ".");
    }

    private static boolean inANamedInterface(JavaClass type) {
        for (Optional<JavaPackage> p = Optional.of(type.getPackage()); p.isPresent(); p = p.get().getParent()) {
            if (p.get().isAnnotatedWith(NamedInterface.class)) {
                return true;
            }
        }
        return type.isAnnotatedWith(NamedInterface.class);
    }

    /**
     * Runs SQL: calls JdbcClient or JdbcTemplate (other than making one) or takes a connection from a DataSource.
     * Making a pool or a client for a store (the audit log's own connections) is wiring, not persistence.
     */
    private static boolean usesTheDatabase(JavaClass type) {
        return type.getMethodCallsFromSelf().stream().anyMatch(call -> {
            JavaClass owner = call.getTargetOwner();
            boolean sql = (owner.isEquivalentTo(JdbcClient.class) || owner.isEquivalentTo(JdbcTemplate.class)
                    || owner.isEquivalentTo(NamedParameterJdbcTemplate.class)) && !call.getName().equals("create");
            return sql || owner.isAssignableTo(DataSource.class) && call.getName().equals("getConnection");
        });
    }

    private static JavaClass outermost(JavaClass type) {
        JavaClass outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }
}
