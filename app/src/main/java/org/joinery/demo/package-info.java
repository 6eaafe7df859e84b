/**
 * The demo borough's organisations, teams and staff, seeded by {@code ./joinery demo}. Everyone
 * here is fictional.
 */
package org.joinery.demo;
