package org.joinery.linkage;

/** Any failure of the linkage engine that a user can fix: the message says what and where. */
public class LinkageException extends RuntimeException {

    public LinkageException(String message) {
        super(message);
    }

    public LinkageException(String message, Throwable cause) {
        super(message, cause);
    }
}
