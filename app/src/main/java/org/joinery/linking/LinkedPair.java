package org.joinery.linking;

/** A scored pair of two source records kept from the latest run: what explains a link. */
public record LinkedPair(long leftRecordId, long rightRecordId, double matchWeight, double probability) {
}
