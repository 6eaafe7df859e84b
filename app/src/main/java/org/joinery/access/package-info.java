/**
 * The one access gate. Every read and write of personal data asks {@link org.joinery.access.AccessGate}
 * "may this actor do this to this data, for this purpose?"; the {@link org.joinery.access.AccessPolicy}
 * answers (deny by default) and an {@link org.joinery.access.AccessRecorder} writes the audit record
 * either way. Personal-data stores ({@link org.joinery.access.PersonalDataStore}) only act on a
 * {@link org.joinery.access.Grant}, which only the gate can issue.
 */
package org.joinery.access;
