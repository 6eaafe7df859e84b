/**
 * The demo borough: a deterministic synthetic borough generator. Pure Java, no Spring.
 */
package org.joinery.synth;
