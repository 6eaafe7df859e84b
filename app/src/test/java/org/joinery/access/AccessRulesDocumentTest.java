package org.joinery.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Writes docs/access-rules.md from the code, so that the list of rules cannot drift: every {@link AccessRule} of
 * the application, its module, the categories it speaks about ({@link AccessRule#categories()}), the decisions it
 * can give (read from its source: every {@code Decision.allow(…)} and {@code Decision.refuse(…)}), what it is for
 * (its Javadoc), and how many cases of the access matrix ({@code AccessMatrixTest}) expect each decision. Commit
 * the file when it changes.
 */
class AccessRulesDocumentTest {

    private static final Path APP = Path.of(System.getProperty("basedir", "app")).toAbsolutePath();
    private static final Path SOURCES = APP.resolve("src/main/java");
    private static final Path MATRIX = APP.resolve("src/test/resources/org/joinery/sharing/access-matrix.csv");
    static final Path DOCUMENT = APP.getParent().resolve("docs/access-rules.md");

    private static final Pattern DECISION = Pattern.compile("Decision\\.(allow|refuse)\\(\\s*(\"[^\"]+\"|[A-Z][A-Z0-9_]*)");
    private static final Pattern JAVADOC = Pattern.compile("/\\*\\*(.*?)\\*/\\s*(?:@\\w+(?:\\([^)]*\\))?\\s*)*"
            + "(?:public\\s+|final\\s+)*class\\s+", Pattern.DOTALL);

    record Rule(String name, String module, Set<DataCategory> categories, List<String> allows, List<String> refuses,
                String about) {
    }

    @Test
    void everyRuleIsListedWithItsCategoriesAndDecisions() throws Exception {
        List<Rule> rules = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.joinery")) {
            if (type.isAssignableTo(AccessRule.class) && !type.isInterface() && !type.isAnonymousClass()
                    && !type.getPackageName().equals(AccessRule.class.getPackageName())) {
                rules.add(rule(Class.forName(type.getName())));
            }
        }
        rules.sort(Comparator.comparing(Rule::module).thenComparing(Rule::name));

        assertThat(rules).as("rules found").hasSizeGreaterThanOrEqualTo(12);
        for (Rule rule : rules) {
            assertThat(rule.categories()).as(rule.name() + " speaks about some category").isNotEmpty();
            assertThat(rule.allows().size() + rule.refuses().size()).as(rule.name() + " gives some decision").isPositive();
        }
        Files.writeString(DOCUMENT, document(rules, matrixCases()), StandardCharsets.UTF_8);
    }

    private static Rule rule(Class<?> type) throws Exception {
        Path source = SOURCES.resolve(type.getName().replace('.', '/') + ".java");
        String text = Files.readString(source);
        List<String> allows = new ArrayList<>();
        List<String> refuses = new ArrayList<>();
        Matcher decision = DECISION.matcher(text);
        while (decision.find()) {
            String name = decisionName(type, decision.group(2));
            List<String> list = decision.group(1).equals("allow") ? allows : refuses;
            if (!list.contains(name)) {
                list.add(name);
            }
        }
        String module = type.getName().substring("org.joinery.".length()).split("\\.")[0];
        return new Rule(type.getSimpleName(), module, categories(type), allows, refuses, javadoc(text));
    }

    /** A decision's name: the literal, or the string constant of the rule it names. */
    private static String decisionName(Class<?> type, String argument) throws ReflectiveOperationException {
        if (argument.startsWith("\"")) {
            return argument.substring(1, argument.length() - 1);
        }
        Field constant = type.getDeclaredField(argument);
        constant.setAccessible(true);
        return (String) constant.get(null);
    }

    /**
     * The categories a rule declares. The rule is made with no collaborators (every argument null): a rule's
     * categories are constants, and a rule whose categories needed its collaborators would fail here.
     */
    private static Set<DataCategory> categories(Class<?> type) throws ReflectiveOperationException {
        Constructor<?> constructor = type.getDeclaredConstructors()[0];
        constructor.setAccessible(true);
        Object[] arguments = new Object[constructor.getParameterCount()];
        for (int i = 0; i < arguments.length; i++) {
            Class<?> parameter = constructor.getParameterTypes()[i];
            arguments[i] = parameter == boolean.class ? false : parameter.isPrimitive() ? 0 : null;
        }
        AccessRule rule = (AccessRule) constructor.newInstance(arguments);
        Set<DataCategory> sorted = new TreeSet<>(Comparator.comparing(DataCategory::name));
        sorted.addAll(rule.categories());
        return sorted;
    }

    /** The class's Javadoc as one paragraph of Markdown. */
    private static String javadoc(String text) {
        Matcher matcher = JAVADOC.matcher(text);
        if (!matcher.find()) {
            return "";
        }
        String about = matcher.group(1).replaceAll("(?m)^\\s*\\*\\s?", " ").replaceAll("<p>", " ")
                .replaceAll("\\{@(?:link|code)\\s+([^}]+)}", "`$1`").replaceAll("\\s+", " ").strip();
        return about.replace("|", "\\|");
    }

    /** How many cases of the access matrix expect each decision. */
    private static TreeMap<String, Integer> matrixCases() throws IOException {
        TreeMap<String, Integer> cases = new TreeMap<>();
        List<String> lines = Files.readAllLines(MATRIX);
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank() && !line.startsWith("#")) {
                cases.merge(line.split(",")[7], 1, Integer::sum);
            }
        }
        return cases;
    }

    private static String document(List<Rule> rules, TreeMap<String, Integer> cases) {
        StringBuilder out = new StringBuilder();
        out.append("# Access rules\n\n")
                .append("<!-- Written by AccessRulesDocumentTest from the code: do not edit; run the test and commit. -->\n\n")
                .append("Every rule of the access policy ([access.md](access.md), [architecture.md](architecture.md)), ")
                .append("with the categories of data it speaks about (the policy asks it about those only), the decisions ")
                .append("it can give, and how many cases of the access matrix (`AccessMatrixTest`, ")
                .append("`app/src/test/resources/org/joinery/sharing/access-matrix.csv`) expect each. ")
                .append("Any refusal wins, then any allowance; a request no rule allows is refused by `")
                .append(Decision.DEFAULT_RULE).append("` (").append(count(cases, Decision.DEFAULT_RULE))
                .append("), and one whose decision cannot be recorded by `").append(AccessGate.UNRECORDED_RULE)
                .append("`.\n\n")
                .append("| rule | module | speaks about | allows | refuses |\n|---|---|---|---|---|\n");
        for (Rule rule : rules) {
            out.append("| [").append(rule.name()).append("](#").append(rule.name().toLowerCase()).append(") | `")
                    .append(rule.module()).append("` | ").append(codes(rule.categories().stream().map(DataCategory::name).toList()))
                    .append(" | ").append(decisions(rule.allows(), cases)).append(" | ")
                    .append(decisions(rule.refuses(), cases)).append(" |\n");
        }
        for (Rule rule : rules) {
            out.append("\n## ").append(rule.name()).append("\n\n").append("Module `").append(rule.module())
                    .append("`; speaks about ").append(codes(rule.categories().stream().map(DataCategory::name).toList()))
                    .append(".\n\n").append(rule.about()).append("\n");
        }
        return out.toString();
    }

    private static String codes(List<String> names) {
        return String.join(", ", names.stream().map(name -> "`" + name + "`").toList());
    }

    private static String decisions(List<String> names, TreeMap<String, Integer> cases) {
        Set<String> shown = new LinkedHashSet<>();
        for (String name : names) {
            shown.add("`" + name + "`" + (cases.containsKey(name) ? " (" + count(cases, name) + ")" : ""));
        }
        return shown.isEmpty() ? "–" : String.join(", ", shown);
    }

    private static String count(TreeMap<String, Integer> cases, String name) {
        int n = cases.getOrDefault(name, 0);
        return n == 1 ? "1 case" : n + " cases";
    }
}
