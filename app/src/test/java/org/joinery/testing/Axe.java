package org.joinery.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (the axe.min.js that com.deque.html.axe-core:selenium ships) on the page a browser
 * shows, against the WCAG 2.0, 2.1 and 2.2 A and AA rules. WebDriver runs the script through the
 * browser's DevTools protocol, so the pages' Content Security Policy, which forbids inline and
 * injected scripts, does not stop it.
 */
public final class Axe {

    public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final String SOURCE = load();

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
              .then(results => done({version: axe.version, violations: results.violations.map(v => ({
                  id: v.id, impact: v.impact || 'unknown', help: v.help, helpUrl: v.helpUrl,
                  nodes: v.nodes.map(n => ({target: n.target.map(String).join(' '), summary: n.failureSummary || ''}))
                }))}))
              .catch(error => done({error: String(error)}));
            """;

    private Axe() {
    }

    /** The WCAG violations on the page the browser shows now; empty when it passes. */
    @SuppressWarnings("unchecked")
    public static List<Violation> check(WebDriver driver) {
        JavascriptExecutor script = (JavascriptExecutor) driver;
        script.executeScript(SOURCE);
        Map<String, Object> result = (Map<String, Object>) script.executeAsyncScript(RUN, WCAG_TAGS);
        if (result.containsKey("error")) {
            throw new IllegalStateException("axe-core could not check " + driver.getCurrentUrl() + ": " + result.get("error"));
        }
        return ((List<Map<String, Object>>) result.get("violations")).stream()
                .map(v -> new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                        (String) v.get("helpUrl"),
                        ((List<Map<String, Object>>) v.get("nodes")).stream()
                                .map(n -> new Node((String) n.get("target"), (String) n.get("summary"))).toList()))
                .toList();
    }

    /** A readable account of the violations on one page, for a failing test's message. */
    public static String report(String page, List<Violation> violations) {
        return violations.stream().map(Violation::describe)
                .collect(Collectors.joining("\n", "Accessibility violations on " + page + " (axe-core, " + WCAG_TAGS + "):\n", "\n"));
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is missing: the test classpath needs com.deque.html.axe-core:selenium");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Violation(String rule, String impact, String help, String helpUrl, List<Node> nodes) {
        String describe() {
            return nodes.stream().map(node -> "      at " + node.target() + "\n        " + node.summary().replace("\n", "\n        "))
                    .collect(Collectors.joining("\n", "  - " + rule + " [" + impact + "]: " + help + " (" + helpUrl + ")\n", ""));
        }
    }

    public record Node(String target, String summary) {
    }
}
