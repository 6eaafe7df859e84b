/**
 * What practitioners use every day: find a resident at the front door, and the person page with
 * each source's details side by side and who is involved, as far as the access rule allows.
 */
package org.joinery.residents;
