package org.joinery.residents.person;

/** What a Joinery ID leads to: the person's page, the person a retired ID was merged into, or nobody. */
sealed interface PersonLookup {

    record Found(PersonPage page) implements PersonLookup {
    }

    record MergedInto(String joineryId) implements PersonLookup {
    }

    record NotFound() implements PersonLookup {
    }
}
