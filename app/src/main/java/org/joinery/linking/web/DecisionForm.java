package org.joinery.linking.web;

import java.util.Optional;
import org.joinery.linking.ReviewDecision;
import org.joinery.platform.web.FormErrors;

/** What a reviewer posted about a pair: the decision (required) and a note (optional). */
record DecisionForm(String decision, String note) {

    static final int MAX_NOTE = 1000;

    FormErrors errors() {
        FormErrors errors = new FormErrors();
        if (parsed().isEmpty()) {
            errors.reject("decision", "review.decision.missing");
        }
        if (note != null && note.strip().length() > MAX_NOTE) {
            errors.reject("note", "review.note.tooLong", MAX_NOTE);
        }
        return errors;
    }

    Optional<ReviewDecision> parsed() {
        for (ReviewDecision candidate : ReviewDecision.values()) {
            if (candidate.name().equals(decision)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    String cleanNote() {
        return note == null || note.isBlank() ? null : note.strip();
    }
}
