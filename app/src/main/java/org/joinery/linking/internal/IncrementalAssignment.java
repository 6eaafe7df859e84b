package org.joinery.linking.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import org.joinery.index.IndexSnapshot;
import org.joinery.index.PersonChange;
import org.joinery.index.RunPlan;
import java.util.LinkedHashMap;
import org.joinery.linkage.Linkage;
import org.joinery.linkage.data.Records;
import org.joinery.linkage.predict.Guards;
import org.joinery.linkage.predict.ScoredPairs;
import org.joinery.linkage.predict.Scorer;

/**
 * Links new and changed records into the existing persons. Which records are the same person is the engine's
 * decision ({@code Linkage.samePerson}, with the full run's guards), the unchanged records settled in their
 * persons; this class names the outcome. New and changed records put with one or more persons join the largest
 * (ties to the lower Joinery ID), into which the others are merged and retired; put with none, they start a new
 * person (or keep the one a changed record had alone). Withdrawn records leave their persons; a person left
 * with no records is retired. Splits are left to full runs, which see every link at once.
 */
final class IncrementalAssignment {

    private final Records records;
    private final long[] recordIds;
    private final long[] fingerprints;
    private final double thresholdWeight;
    private final IndexSnapshot previous;
    private final Set<String> takenIds;
    private final Supplier<String> newIds;

    private final List<UUID> personIds = new ArrayList<>();
    private final List<String> joineryIds = new ArrayList<>();
    private final List<List<Integer>> members = new ArrayList<>();
    private int[] personOf;
    private int[] oldPerson;
    private final List<PersonChange> events = new ArrayList<>();
    private final List<RunPlan.NewPerson> created = new ArrayList<>();
    private final Map<Integer, String> retired = new java.util.TreeMap<>();
    private final Set<Integer> emptied = new TreeSet<>();

    IncrementalAssignment(LinkageInput.Gathered input, double threshold, IndexSnapshot previous, Set<String> takenIds,
                          Supplier<String> newIds) {
        this.records = input.records();
        this.recordIds = input.recordIds();
        this.fingerprints = input.fingerprints();
        this.thresholdWeight = Scorer.weightOf(threshold);
        this.previous = previous;
        this.takenIds = takenIds;
        this.newIds = newIds;
    }

    /** Which records are new or changed since they were linked (their fingerprints differ or they were never linked). */
    boolean[] changed() {
        Map<Long, Integer> position = previous.positionById();
        boolean[] changed = new boolean[recordIds.length];
        for (int i = 0; i < recordIds.length; i++) {
            Integer k = position.get(recordIds[i]);
            changed[i] = k == null || previous.fingerprints()[k] != fingerprints[i];
        }
        return changed;
    }

    /** Records that were linked and are no longer current. */
    List<Long> withdrawn() {
        Set<Long> current = new java.util.HashSet<>(recordIds.length * 2);
        for (long id : recordIds) {
            current.add(id);
        }
        List<Long> gone = new ArrayList<>();
        for (long id : previous.recordIds()) {
            if (!current.contains(id)) {
                gone.add(id);
            }
        }
        return gone;
    }

    RunPlan assign(boolean[] changed, ScoredPairs pairs, Guards guards) {
        start(changed);
        // the engine decides, with the unchanged records settled in their persons, as a full run decides
        int[] decided = Linkage.samePerson(records, pairs, guards, personOf.clone());
        LinkGraph graph = new LinkGraph(pairs, recordIds.length);
        Map<Integer, List<Integer>> same = partners(guards.mustLink());
        Map<Integer, List<Integer>> open = new LinkedHashMap<>();
        Map<Integer, Set<Integer>> settledIn = new HashMap<>();
        for (int i = 0; i < changed.length; i++) {
            if (changed[i]) {
                open.computeIfAbsent(decided[i], k -> new ArrayList<>()).add(i);
            } else if (personOf[i] >= 0) {
                settledIn.computeIfAbsent(decided[i], k -> new TreeSet<>()).add(personOf[i]);
            }
        }
        open.forEach((root, opened) -> place(opened, settledIn.getOrDefault(root, Set.of()), decided, graph, same));
        List<RunPlan.Placement> placements = new ArrayList<>();
        Map<Long, Integer> position = previous.positionById();
        List<Long> removed = withdrawn();
        withdraw(removed);
        List<RunPlan.Retirement> retirements = retireEmptied();
        for (int i = 0; i < recordIds.length; i++) {
            Integer k = position.get(recordIds[i]);
            boolean moved = k == null || previous.fingerprints()[k] != fingerprints[i] || personOf[i] != oldPerson[i];
            if (moved) {
                placements.add(new RunPlan.Placement(recordIds[i], personIds.get(personOf[i]), fingerprints[i], k != null));
            }
        }
        int living = previous.persons() + created.size() - retirements.size();
        return new RunPlan(created, placements, removed, retirements, events, living, previous.persons() - retirements.size());
    }

    /**
     * The new and changed records the engine put in one person, with the persons it joined them to: they join the
     * largest of those (ties to the lower Joinery ID), into which the others are merged; with none, they keep the
     * person a changed one had alone, or start a new one.
     */
    private void place(List<Integer> opened, Set<Integer> persons, int[] decided, LinkGraph graph,
                       Map<Integer, List<Integer>> same) {
        int root = decided[opened.get(0)];
        int target;
        List<Integer> joining = new ArrayList<>(opened);
        if (!persons.isEmpty()) {
            target = persons.stream().min((a, b) -> members.get(a).size() != members.get(b).size()
                    ? members.get(b).size() - members.get(a).size() : joineryIds.get(a).compareTo(joineryIds.get(b)))
                    .orElseThrow();
        } else {
            Integer alone = opened.stream().filter(i -> oldPerson[i] >= 0 && members.get(oldPerson[i]).isEmpty())
                    .findFirst().orElse(null);
            int first = alone == null ? opened.get(0) : alone;
            if (alone != null) {
                attach(first, oldPerson[first]); // its person had no other record: it stays who it was
            } else {
                startPerson(first, graph, r -> decided[r] != root);
            }
            target = personOf[first];
            joining.remove(Integer.valueOf(first));
        }
        for (int i : joining) {
            join(i, target, reason(i, root, decided, graph, same));
        }
        for (int q : persons) {
            if (q != target) {
                merge(q, target, decided, graph, same);
            }
        }
    }

    /** Why record i is in its person: a review decision with one of its records, or its strongest pair there. */
    private LinkGraph.Link reason(int i, int root, int[] decided, LinkGraph graph, Map<Integer, List<Integer>> same) {
        for (int other : same.getOrDefault(i, List.of())) {
            if (decided[other] == root) {
                return new LinkGraph.Link(i, other, Double.POSITIVE_INFINITY);
            }
        }
        return graph.strongest(new int[] {i}, r -> r != i && decided[r] == root);
    }

    private void join(int i, int target, LinkGraph.Link link) {
        int old = oldPerson[i];
        attach(i, target);
        if (target == old) {
            return;
        }
        String why = link == null ? "it is linked through the person's other new records" : "it " + matches(link);
        List<Long> about = LinkGraph.about(recordIds, new int[] {i}, link);
        UUID person = personIds.get(target);
        if (old < 0) {
            events.add(PersonChange.of(person, PersonChange.RECORD_ADDED, null, recordIds[i],
                    "Record " + name(i) + " was added: " + why + ".", about));
        } else {
            events.add(PersonChange.of(person, PersonChange.RECORD_ADDED, personIds.get(old), recordIds[i], "Record "
                    + name(i) + " changed and moved here from " + joineryIds.get(old) + ": " + why + ".", about));
            events.add(PersonChange.of(personIds.get(old), PersonChange.RECORD_REMOVED, person, recordIds[i], "Record "
                    + name(i) + " changed and moved to " + joineryIds.get(target) + ": " + why + ".", about));
            emptied.add(old);
        }
    }

    /** Every unchanged linked record stays with its person; changed ones wait to be linked again. */
    private void start(boolean[] changed) {
        for (int p = 0; p < previous.persons(); p++) {
            personIds.add(previous.personIds()[p]);
            joineryIds.add(previous.joineryIds()[p]);
            members.add(new ArrayList<>());
        }
        Map<Long, Integer> position = previous.positionById();
        personOf = new int[recordIds.length];
        oldPerson = new int[recordIds.length];
        for (int i = 0; i < recordIds.length; i++) {
            Integer k = position.get(recordIds[i]);
            oldPerson[i] = k == null ? -1 : previous.personOf()[k];
            personOf[i] = changed[i] ? -1 : oldPerson[i];
            if (personOf[i] >= 0) {
                members.get(personOf[i]).add(i);
            }
        }
    }

    private void startPerson(int i, LinkGraph graph, LinkGraph.RecordTest elsewhere) {
        String id;
        do {
            id = newIds.get();
        } while (!takenIds.add(id));
        UUID person = UUID.randomUUID();
        int p = personIds.size();
        personIds.add(person);
        joineryIds.add(id);
        members.add(new ArrayList<>());
        created.add(new RunPlan.NewPerson(person, id));
        attach(i, p);
        LinkGraph.Link strongest = graph.strongest(new int[] {i}, r -> r != i && elsewhere.test(r));
        String why = strongest == null ? "no scored pair links it to another record"
                : "its strongest pair, with " + name(strongest.to()) + ", has " + HistoryReasons.weight(strongest.weight())
                + ", below the linking threshold";
        events.add(PersonChange.of(person, PersonChange.CREATED, null, recordIds[i], "New person from record " + name(i)
                + ", which links to no existing person: " + why + ".", LinkGraph.about(recordIds, new int[] {i}, strongest)));
        if (oldPerson[i] >= 0) {
            events.add(PersonChange.of(personIds.get(oldPerson[i]), PersonChange.RECORD_REMOVED, person, recordIds[i], "Record "
                    + name(i) + " changed and no longer links to this person; it is now " + id + ".", List.of()));
            emptied.add(oldPerson[i]);
        }
    }

    /** The engine joined persons q and into through the new and changed records: q's records join into, q retires. */
    private void merge(int q, int into, int[] decided, LinkGraph graph, Map<Integer, List<Integer>> same) {
        int[] ofQ = members.get(q).stream().mapToInt(Integer::intValue).toArray();
        LinkGraph.Link fromQ = graph.strongest(ofQ, r -> decided[r] == decided[ofQ[0]] && personOf[r] != q);
        for (int r : ofQ) {
            for (int other : same.getOrDefault(r, List.of())) {
                if (fromQ == null && personOf[other] != q && decided[other] == decided[r]) {
                    fromQ = new LinkGraph.Link(r, other, Double.POSITIVE_INFINITY);
                }
            }
        }
        String why;
        List<Long> about;
        if (fromQ == null) {
            why = "a chain of links through the new and changed records joins them";
            about = LinkGraph.about(recordIds, ofQ);
        } else {
            // as seen from the record that links to q: it matches q's record, and how it belongs to into
            int i = fromQ.to();
            LinkGraph.Link toQ = new LinkGraph.Link(i, fromQ.from(), fromQ.weight());
            LinkGraph.Link toInto = graph.strongest(new int[] {i}, r -> r != i && personOf[r] == into);
            why = toInto == null ? "record " + name(i) + " " + matches(toQ) + " and is linked to it"
                    : "record " + name(i) + " links both: it " + matches(toInto) + " and " + matches(toQ);
            about = LinkGraph.about(recordIds, ofQ, toQ, toInto);
            about.add(recordIds[i]);
        }
        for (int r : ofQ) {
            personOf[r] = into;
            members.get(into).add(r);
        }
        members.get(q).clear();
        String reason = "Merged into " + joineryIds.get(into) + ": " + why + ".";
        events.add(PersonChange.of(personIds.get(q), PersonChange.MERGED_INTO, personIds.get(into), null, reason, about));
        events.add(PersonChange.of(personIds.get(into), PersonChange.MERGED, personIds.get(q), null, joineryIds.get(q)
                + " was merged into this person: " + why + ".", about));
        retired.put(q, reason);
    }

    private void withdraw(List<Long> removed) {
        Map<Long, Integer> position = previous.positionById();
        for (long id : removed) {
            int p = previous.personOf()[position.get(id)];
            if (!retired.containsKey(p)) {
                events.add(PersonChange.of(personIds.get(p), PersonChange.RECORD_REMOVED, null, id,
                        "A record (source record " + id + ") was withdrawn by its source.", List.of()));
                emptied.add(p);
            }
        }
    }

    private List<RunPlan.Retirement> retireEmptied() {
        for (int p : emptied) {
            if (members.get(p).isEmpty() && !retired.containsKey(p)) {
                String reason = "Retired: none of its records belongs to it any more (withdrawn by their sources or"
                        + " changed and linked elsewhere).";
                events.add(PersonChange.of(personIds.get(p), PersonChange.RETIRED, null, null, reason, List.of()));
                retired.put(p, reason);
            }
        }
        List<RunPlan.Retirement> retirements = new ArrayList<>();
        retired.forEach((p, reason) -> retirements.add(new RunPlan.Retirement(personIds.get(p), reason)));
        return retirements;
    }

    private void attach(int i, int p) {
        personOf[i] = p;
        members.get(p).add(i);
    }

    private String matches(LinkGraph.Link link) {
        return link.weight() == Double.POSITIVE_INFINITY
                ? "is the same person as " + name(link.to()) + " by a clerical review decision"
                : "matches " + name(link.to()) + " with " + HistoryReasons.weight(link.weight());
    }

    private static Map<Integer, List<Integer>> partners(int[][] pairs) {
        Map<Integer, List<Integer>> partners = new HashMap<>();
        for (int[] pair : pairs) {
            partners.computeIfAbsent(pair[0], k -> new ArrayList<>()).add(pair[1]);
            partners.computeIfAbsent(pair[1], k -> new ArrayList<>()).add(pair[0]);
        }
        return partners;
    }

    private String name(int record) {
        return records.describe(record);
    }

}
