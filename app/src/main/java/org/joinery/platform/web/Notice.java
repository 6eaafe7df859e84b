package org.joinery.platform.web;

/**
 * A success message to show once, after a redirect: pass it as the flash attribute "success" and
 * the {@code fragments/forms :: success} fragment shows it in a GOV.UK notification banner.
 */
public record Notice(String messageKey, Object... args) {
}
