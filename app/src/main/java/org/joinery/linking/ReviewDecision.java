package org.joinery.linking;

/** A person's answer in clerical review about two source records: a label for linkage and training. */
public enum ReviewDecision {
    SAME_PERSON,
    DIFFERENT_PEOPLE,
    CANNOT_TELL
}
