package org.joinery.linkage.model;

import org.joinery.linkage.LinkageException;

/** A model or mapping that cannot be used, with the reason in words a person can act on. */
public class InvalidModelException extends LinkageException {

    private static final int SHOWN = 40;

    public InvalidModelException(String message) {
        super(message);
    }

    /**
     * A name or value as a message shows it: in quotes, control characters as U+ codes, and cut after 40
     * characters, so a huge or binary value cannot swamp the message that points to it.
     */
    public static String quoted(String value) {
        StringBuilder shown = new StringBuilder("'");
        value.codePoints().limit(SHOWN).forEach(c -> {
            if (Character.isISOControl(c)) {
                shown.append(String.format("U+%04X", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        shown.append('\'');
        int length = value.codePointCount(0, value.length());
        return length > SHOWN ? shown + " (cut; " + length + " characters in all)" : shown.toString();
    }
}
