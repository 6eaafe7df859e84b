package org.joinery.platform.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems with a submitted form, in the order of its fields: one message per field, each a
 * message key with arguments. The {@code fragments/forms} templates show them as a GOV.UK error
 * summary and inline errors.
 */
public final class FormErrors {

    /** One field's problem. {@code field} is the id of the input the error summary links to. */
    public record Problem(String field, String messageKey, Object[] args) {
    }

    private final Map<String, Problem> problems = new LinkedHashMap<>();

    /** Records a problem with a field, unless the field already has one (the first is the most useful). */
    public FormErrors reject(String field, String messageKey, Object... args) {
        problems.putIfAbsent(field, new Problem(field, messageKey, args));
        return this;
    }

    public boolean any() {
        return !problems.isEmpty();
    }

    public boolean has(String field) {
        return problems.containsKey(field);
    }

    public Problem get(String field) {
        return problems.get(field);
    }

    public List<Problem> all() {
        return Collections.unmodifiableList(new ArrayList<>(problems.values()));
    }

    @Override
    public String toString() {
        return problems.values().stream().map(p -> p.field() + ": " + p.messageKey()).toList().toString();
    }
}
