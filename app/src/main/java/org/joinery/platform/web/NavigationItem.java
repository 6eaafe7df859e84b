package org.joinery.platform.web;

/** One link in the service navigation; the label is a message key. */
public record NavigationItem(String href, String labelKey, boolean active) {
}
