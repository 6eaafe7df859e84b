/**
 * Who is who, at the level of organisations: the organisations of the place (one of them the host,
 * which runs this Joinery) and their teams. Not personal data. Other modules use {@link
 * org.joinery.organisations.Organisations}.
 */
package org.joinery.organisations;
