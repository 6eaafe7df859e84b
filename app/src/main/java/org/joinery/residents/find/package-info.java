/**
 * The front door. Its form and the keyed hashes of its terms are a named interface, so that the audit log page can
 * ask an officer for the same details and find the searches for them.
 */
@org.springframework.modulith.NamedInterface("find")
package org.joinery.residents.find;
