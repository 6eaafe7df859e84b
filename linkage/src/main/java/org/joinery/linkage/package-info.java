/**
 * The Joinery linkage engine: probabilistic record linkage (Fellegi–Sunter) as a pure Java library.
 * Filled in by the linkage-engine issue; kept free of Spring so it can run anywhere.
 */
package org.joinery.linkage;
