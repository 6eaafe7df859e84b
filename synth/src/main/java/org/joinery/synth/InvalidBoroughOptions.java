package org.joinery.synth;

/** Options the generator cannot run with. The message says which option, what was given and what is allowed. */
public class InvalidBoroughOptions extends IllegalArgumentException {

    public InvalidBoroughOptions(String message) {
        super(message);
    }
}
