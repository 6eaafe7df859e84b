package org.joinery.access;

/**
 * Proof that the gate allowed an access and recorded it. Only the gate can make one, and
 * personal-data stores take one on every method, so personal data cannot be touched without
 * passing the gate. An ArchUnit test enforces both halves.
 */
public final class Grant {

    private final AccessRequest request;
    private final Decision decision;

    Grant(AccessRequest request, Decision decision) {
        this.request = request;
        this.decision = decision;
    }

    public AccessRequest request() {
        return request;
    }

    public Decision decision() {
        return decision;
    }

    /** Stores call this first: the grant must be for this category and action. */
    public Grant require(DataCategory category, Action action) {
        if (!request.data().category().equals(category) || request.action() != action) {
            throw new IllegalStateException("A grant to " + request.action() + " " + request.data().category()
                    + " cannot be used to " + action + " " + category);
        }
        return this;
    }

    /** Stores call this first where a method serves several categories: the grant must be for one of them. */
    public Grant require(Action action, DataCategory... categories) {
        for (DataCategory category : categories) {
            if (request.data().category().equals(category) && request.action() == action) {
                return this;
            }
        }
        throw new IllegalStateException("A grant to " + request.action() + " " + request.data().category()
                + " cannot be used to " + action + " " + java.util.Arrays.toString(categories));
    }

    /** Stores call this first where the purpose matters too: the grant must also be for one of these purposes. */
    public Grant require(DataCategory category, Action action, Purpose... purposes) {
        require(category, action);
        for (Purpose purpose : purposes) {
            if (request.purpose().equals(purpose)) {
                return this;
            }
        }
        throw new IllegalStateException("A grant for " + request.purpose() + " cannot be used for "
                + java.util.Arrays.toString(purposes));
    }
}
