package org.joinery.residents;

/** What a Joinery ID leads to: the person's page, the person a retired ID was merged into, or nobody. */
public sealed interface JoineryIdLookup {

    record Found(PersonPage page) implements JoineryIdLookup {
    }

    record MergedInto(String joineryId) implements JoineryIdLookup {
    }

    record NotFound() implements JoineryIdLookup {
    }
}
