package org.joinery.index;

import java.util.List;
import java.util.UUID;

/**
 * Everything a run changes in the index, worked out before anything is written, so that it can be written
 * in one transaction: new persons, records placed in a (new or other) person, records removed, persons
 * retired, and an event with its reason for each change.
 */
public record RunPlan(List<NewPerson> created, List<Placement> placements, List<Long> removed, List<Retirement> retired,
                      List<PersonChange> events, int persons, int keptIds) {

    public record NewPerson(UUID id, String joineryId) {
    }

    /** @param linked whether the record was already linked (to some person) before this run */
    public record Placement(long recordId, UUID personId, long fingerprint, boolean linked) {
    }

    public record Retirement(UUID personId, String reason) {
    }

    /** The plan counting also persons its run did not look at (an incremental run sees only those it touches). */
    public RunPlan plusUntouched(int others) {
        return new RunPlan(created, placements, removed, retired, events, persons + others, keptIds + others);
    }

    /** What the plan did, in one line for the run's summary. */
    public String summary() {
        long merged = events.stream().filter(e -> e.kind().equals(PersonChange.MERGED_INTO)).count();
        long split = events.stream().filter(e -> e.kind().equals(PersonChange.SPLIT_FROM)).count();
        return String.format(java.util.Locale.ROOT, "%,d persons: %,d kept their Joinery ID, %,d new, %,d merged into another,"
                + " %,d split off, %,d retired; %,d records placed, %,d removed", persons, keptIds, created.size(), merged,
                split, retired.size(), placements.size(), removed.size());
    }
}
