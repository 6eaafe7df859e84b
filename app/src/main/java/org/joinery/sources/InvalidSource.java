package org.joinery.sources;

import java.util.List;

/** A source could not be registered: each problem names the field and what to do. */
public class InvalidSource extends RuntimeException {

    /** One field's problem, as a message key with arguments (messages/sources.properties, prefix sources.). */
    public record Problem(String field, String messageKey, Object... args) {
    }

    private final List<Problem> problems;

    public InvalidSource(List<Problem> problems) {
        super("The source could not be registered: " + problems.stream().map(p -> p.field() + " " + p.messageKey()
                + (p.args().length > 0 ? " " + java.util.Arrays.toString(p.args()) : "")).toList());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
