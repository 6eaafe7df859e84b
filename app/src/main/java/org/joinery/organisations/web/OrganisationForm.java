package org.joinery.organisations.web;

/** The create-organisation form as submitted; anything may be missing or wrong. */
record OrganisationForm(String name, String type) {
}
