package org.joinery.synth;

/** A file the generator wrote, relative to the borough folder, with its row count and SHA-256. */
public record WrittenFile(String path, long rows, String sha256) {
}
