package org.joinery.access;

import java.util.Objects;

/** "May this actor do this to this data, for this purpose?" */
public record AccessRequest(Actor actor, Action action, DataRef data, Purpose purpose) {

    public AccessRequest {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(purpose, "purpose");
    }
}
