/**
 * The demo borough in the running application: generates the synthetic borough for the demo and
 * shows its summary figures (aggregates only, with small-number suppression). The generator itself
 * is the pure-Java joinery-synth module.
 */
package org.joinery.borough;
