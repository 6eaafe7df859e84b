package org.joinery.linkage.model;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;

/** What a JSON document beyond Jackson's read limits does wrong, in words that name no setting of Jackson's. */
public final class JsonLimits {

    private JsonLimits() {
    }

    public static String describe(StreamConstraintsException e, StreamReadConstraints limits) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("nesting depth")) {
            return "it is nested more than " + limits.getMaxNestingDepth() + " lists or objects deep";
        }
        if (message.contains("Number value length")) {
            return "it has a number longer than " + limits.getMaxNumberLength() + " digits";
        }
        return "it has a text value or name longer than " + limits.getMaxStringLength() + " characters";
    }
}
