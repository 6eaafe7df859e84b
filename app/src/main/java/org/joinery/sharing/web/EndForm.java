package org.joinery.sharing.web;

/** Ending an involvement or an agreement: the reason, as submitted. */
record EndForm(String reason) {
}
