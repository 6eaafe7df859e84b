package org.joinery.organisations;

/** An organisation, or a team within one organisation, already has this name. */
public class NameTaken extends RuntimeException {

    public NameTaken(String name) {
        super("The name '" + name + "' is already in use");
    }
}
