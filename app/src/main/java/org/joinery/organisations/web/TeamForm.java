package org.joinery.organisations.web;

/** The team form as submitted. */
record TeamForm(String name) {
}
