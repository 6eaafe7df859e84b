package org.joinery.organisations;

/** The kinds of organisation that work together in a place. */
public enum OrganisationType {
    COUNCIL_SERVICE,
    NHS_TRUST,
    POLICE,
    PROBATION,
    HOUSING_PROVIDER,
    VOLUNTARY_OR_COMMUNITY,
    FUNDER,
    INTERMEDIARY;

    /** The key of this type's name in messages/organisations.properties. */
    public String messageKey() {
        return "organisationType." + name();
    }
}
