/**
 * The demo borough: seeds its organisations, teams and staff, sources and extracts, a full link and the
 * partnership's agreements for {@code ./joinery demo}; generates the synthetic borough when the demo starts;
 * and shows the borough's summary figures (aggregates only, with small-number suppression). Everyone here is
 * fictional. The generator itself is the pure-Java joinery-synth module.
 */
package org.joinery.demo;
