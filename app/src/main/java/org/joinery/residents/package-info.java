/**
 * What practitioners use every day: find a resident at the front door ({@link org.joinery.residents.FrontDoor}),
 * and the person page with each source's details side by side and who is involved, as far as the access rule
 * allows ({@link org.joinery.residents.PersonPages}). The front door's form and the keyed hashes of its terms are
 * part of the API, so that the audit log page can ask an officer for the same details and find the searches for them.
 */
package org.joinery.residents;
