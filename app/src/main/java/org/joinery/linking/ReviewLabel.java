package org.joinery.linking;

/**
 * A clerical review decision about two source records, named by source and record key so that it survives
 * reruns and reimports.
 */
public record ReviewLabel(String leftSource, String leftRecordKey, String rightSource, String rightRecordKey,
                          Verdict verdict) {

    /** What the reviewer decided. */
    public enum Verdict {
        /** The same person: the records must end in one person, and the pair is a label for supervised training. */
        SAME,
        /** Different people: the records must never end in one person. */
        DIFFERENT,
        /** Cannot tell: no constraint. */
        UNSURE
    }
}
