package org.joinery.linkage.model;

import org.joinery.linkage.LinkageException;

/** A model or mapping that cannot be used, with the reason in words a person can act on. */
public class InvalidModelException extends LinkageException {

    public InvalidModelException(String message) {
        super(message);
    }
}
