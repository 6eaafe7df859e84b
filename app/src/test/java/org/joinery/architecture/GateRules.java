package org.joinery.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.joinery.access.AccessGate;
import org.joinery.access.Grant;
import org.joinery.access.PersonalDataStore;

/** The ArchUnit rules that keep personal data behind the one access gate. */
final class GateRules {

    private GateRules() {
    }

    /** Every public method of a personal-data store takes a Grant and checks it before anything else can happen. */
    static final ArchRule STORES_NEED_A_GRANT = methods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(PersonalDataStore.class)
            .and().arePublic()
            .should(takeAndCheckAGrant())
            .because("personal data may only be touched with a Grant from the AccessGate, which audits every decision");

    /** Only the gate makes grants, so a grant always means an audited, allowed decision. */
    static final ArchRule ONLY_THE_GATE_MAKES_GRANTS = constructors()
            .that().areDeclaredIn(Grant.class)
            .should().onlyBeCalled().byClassesThat().belongToAnyOf(AccessGate.class)
            .andShould().notBePublic()
            .because("a Grant is proof that the AccessGate allowed and recorded an access: "
                    + "ask AccessGate.authorise(...) for one instead of making it");

    /**
     * A store is used only inside its own module. Other modules ask that module's services, so the
     * module that owns the data decides which gate request to make and what to return.
     */
    static final ArchRule STORES_STAY_IN_THEIR_MODULE = classes()
            .that().areAnnotatedWith(PersonalDataStore.class)
            .should(beUsedOnlyFromTheirOwnModule());

    private static ArchCondition<JavaMethod> takeAndCheckAGrant() {
        return new ArchCondition<>("take a Grant and call grant.require(...)") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean takesGrant = method.getRawParameterTypes().stream().anyMatch(type -> type.isEquivalentTo(Grant.class));
                boolean checksGrant = method.getMethodCallsFromSelf().stream()
                        .anyMatch(call -> call.getTargetOwner().isEquivalentTo(Grant.class) && call.getName().equals("require"));
                if (!takesGrant) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName()
                            + " is public in a @PersonalDataStore but takes no Grant. Add a Grant parameter, call "
                            + "grant.require(category, action) first, and have callers get the Grant from AccessGate.authorise(...) "
                            + "(or make the method private if it is only a helper)."));
                } else if (!checksGrant) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName()
                            + " takes a Grant but never calls grant.require(category, action): call it first, so that a "
                            + "grant for other data or another action cannot be used here."));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> beUsedOnlyFromTheirOwnModule() {
        return new ArchCondition<>("be used only from their own module") {
            @Override
            public void check(JavaClass store, ConditionEvents events) {
                String module = module(store);
                for (Dependency dependency : store.getDirectDependenciesToSelf()) {
                    JavaClass user = dependency.getOriginClass();
                    if (!module(user).equals(module)) {
                        events.add(SimpleConditionEvent.violated(dependency, user.getName() + " uses the personal-data store "
                                + store.getSimpleName() + " of module '" + module + "' (" + dependency.getDescription()
                                + "). Call a service of module '" + module + "' instead, which asks the AccessGate and uses its own store."));
                    }
                }
            }
        };
    }

    /** The Spring Modulith module a class belongs to: the package segment after org.joinery. */
    static String module(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith("org.joinery.")) {
            return name;
        }
        String rest = name.substring("org.joinery.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
