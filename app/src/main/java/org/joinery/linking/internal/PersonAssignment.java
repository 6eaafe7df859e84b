package org.joinery.linking.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.joinery.index.IndexSnapshot;
import org.joinery.index.PersonChange;
import org.joinery.index.RunPlan;
import org.joinery.linkage.data.Records;
import org.joinery.linkage.predict.Scorer;

/**
 * Gives the persons (clusters) of a full run their Joinery IDs and writes their history. Each cluster inherits
 * the ID of the previous person it shares most records with; a previous person's ID goes to at most one
 * cluster (most shared records first; ties to the lower Joinery ID, then to the cluster with the lower record
 * id, so reruns decide alike). A previous person whose ID no cluster took was merged into the person holding
 * most of its records, or, when none of its records is current, retired. Clusters that took no ID are new
 * persons, split off a previous person when they hold some of its records.
 */
final class PersonAssignment {

    private final Records records;
    private final long[] recordIds;
    private final long[] fingerprints;
    private final LinkGraph graph;
    private final double thresholdWeight;
    private final IndexSnapshot previous;
    private final Supplier<String> newIds;
    private final Set<String> takenIds;

    private int[] prevPerson;
    private int[] clusterOf;
    private int[][] members;
    private int[] owner;
    private int[] ownedCluster;
    private UUID[] personOfCluster;
    private String[] joineryIdOfCluster;
    private final List<PersonChange> events = new ArrayList<>();

    PersonAssignment(LinkageInput.Gathered input, LinkGraph graph, double threshold, IndexSnapshot previous,
                     Set<String> takenIds, Supplier<String> newIds) {
        this.records = input.records();
        this.recordIds = input.recordIds();
        this.fingerprints = input.fingerprints();
        this.graph = graph;
        this.thresholdWeight = Scorer.weightOf(threshold);
        this.previous = previous;
        this.takenIds = takenIds;
        this.newIds = newIds;
    }

    /** @param cluster each record's person from the engine: the lowest record index of its cluster */
    RunPlan assign(int[] cluster) {
        previousPersons();
        clusters(cluster);
        inherit();
        List<RunPlan.NewPerson> created = name();
        for (int c = 0; c < members.length; c++) {
            if (owner[c] >= 0) {
                kept(c);
            } else {
                created(c);
            }
        }
        List<RunPlan.Retirement> retired = retire();
        List<Long> removed = withdrawn();
        return new RunPlan(created, placements(), removed, retired, events, members.length, members.length - created.size());
    }

    private void previousPersons() {
        Map<Long, Integer> position = previous.positionById();
        prevPerson = new int[recordIds.length];
        for (int i = 0; i < recordIds.length; i++) {
            Integer p = position.get(recordIds[i]);
            prevPerson[i] = p == null ? -1 : previous.personOf()[p];
        }
    }

    /** Clusters numbered in order of their lowest record, each with its records. */
    private void clusters(int[] cluster) {
        int n = cluster.length;
        int[] number = new int[n];
        Arrays.fill(number, -1);
        int count = 0;
        clusterOf = new int[n];
        int[] sizes = new int[n];
        for (int i = 0; i < n; i++) {
            int root = cluster[i];
            if (number[root] < 0) {
                number[root] = count++;
            }
            clusterOf[i] = number[root];
            sizes[clusterOf[i]]++;
        }
        members = new int[count][];
        for (int c = 0; c < count; c++) {
            members[c] = new int[sizes[c]];
        }
        int[] filled = new int[count];
        for (int i = 0; i < n; i++) {
            members[clusterOf[i]][filled[clusterOf[i]]++] = i;
        }
    }

    private record Candidate(int cluster, int person, int shared) {
    }

    private void inherit() {
        List<Candidate> candidates = new ArrayList<>();
        for (int c = 0; c < members.length; c++) {
            Map<Integer, Integer> shared = new HashMap<>(4);
            for (int i : members[c]) {
                if (prevPerson[i] >= 0) {
                    shared.merge(prevPerson[i], 1, Integer::sum);
                }
            }
            int cluster = c;
            shared.forEach((person, count) -> candidates.add(new Candidate(cluster, person, count)));
        }
        String[] ids = previous.joineryIds();
        candidates.sort(Comparator.comparingInt(Candidate::shared).reversed()
                .thenComparing(candidate -> ids[candidate.person()]).thenComparingInt(Candidate::cluster));
        owner = new int[members.length];
        Arrays.fill(owner, -1);
        ownedCluster = new int[previous.persons()];
        Arrays.fill(ownedCluster, -1);
        for (Candidate candidate : candidates) {
            if (owner[candidate.cluster()] < 0 && ownedCluster[candidate.person()] < 0) {
                owner[candidate.cluster()] = candidate.person();
                ownedCluster[candidate.person()] = candidate.cluster();
            }
        }
    }

    private List<RunPlan.NewPerson> name() {
        List<RunPlan.NewPerson> created = new ArrayList<>();
        personOfCluster = new UUID[members.length];
        joineryIdOfCluster = new String[members.length];
        for (int c = 0; c < members.length; c++) {
            if (owner[c] >= 0) {
                personOfCluster[c] = previous.personIds()[owner[c]];
                joineryIdOfCluster[c] = previous.joineryIds()[owner[c]];
            } else {
                String id;
                do {
                    id = newIds.get();
                } while (!takenIds.add(id));
                personOfCluster[c] = UUID.randomUUID();
                joineryIdOfCluster[c] = id;
                created.add(new RunPlan.NewPerson(personOfCluster[c], id));
            }
        }
        return created;
    }

    /** A person that kept its ID: records that joined it, new or from a person that lives on. */
    private void kept(int c) {
        int p = owner[c];
        UUID person = personOfCluster[c];
        for (int i : members[c]) {
            int q = prevPerson[i];
            if (q == p || (q >= 0 && ownedCluster[q] < 0)) {
                continue; // its own record, or one of a person merged into it (a merge event says so)
            }
            LinkGraph.Link link = graph.strongest(new int[] {i}, r -> r != i && clusterOf[r] == c);
            String why = joinedBecause(link, "it");
            List<Long> about = LinkGraph.about(recordIds, new int[] {i}, link);
            if (q < 0) {
                events.add(PersonChange.of(person, PersonChange.RECORD_ADDED, null, recordIds[i],
                        "Record " + name(i) + " was added: " + why + ".", about));
            } else {
                UUID from = previous.personIds()[q];
                events.add(PersonChange.of(person, PersonChange.RECORD_ADDED, from, recordIds[i], "Record " + name(i)
                        + " moved here from " + previous.joineryIds()[q] + ": " + why + ".", about));
                events.add(PersonChange.of(from, PersonChange.RECORD_REMOVED, person, recordIds[i], "Record " + name(i)
                        + " moved to " + joineryIdOfCluster[c] + ": " + why + ".", about));
            }
        }
    }

    /** A new person: from new records only, or split off one or more previous persons. */
    private void created(int c) {
        UUID person = personOfCluster[c];
        List<String> names = new ArrayList<>();
        Map<Integer, List<Integer>> splitFrom = new java.util.TreeMap<>();
        for (int i : members[c]) {
            names.add(name(i));
            if (prevPerson[i] >= 0) {
                splitFrom.computeIfAbsent(prevPerson[i], q -> new ArrayList<>()).add(i);
            }
        }
        List<Long> all = LinkGraph.about(recordIds, members[c]);
        if (splitFrom.isEmpty()) {
            events.add(PersonChange.of(person, PersonChange.CREATED, null, null, "New person from "
                    + HistoryReasons.records(names.size()) + " (" + HistoryReasons.list(names) + ") that link to no existing person.", all));
            return;
        }
        events.add(PersonChange.of(person, PersonChange.CREATED, null, null, "New person from " + HistoryReasons.records(names.size())
                + " (" + HistoryReasons.list(names) + "), split off an existing person.", all));
        splitFrom.forEach((q, part) -> {
            int[] from = part.stream().mapToInt(Integer::intValue).toArray();
            LinkGraph.Link link = graph.strongest(from, r -> prevPerson[r] == q && clusterOf[r] != c);
            String why = apartBecause(link);
            String moved = HistoryReasons.list(part.stream().map(this::name).toList());
            UUID from2 = previous.personIds()[q];
            List<Long> about = LinkGraph.about(recordIds, from, link);
            events.add(PersonChange.of(person, PersonChange.SPLIT_FROM, from2, null, "Split off " + previous.joineryIds()[q]
                    + ": records " + moved + " no longer link to its other records; " + why + ".", about));
            events.add(PersonChange.of(from2, PersonChange.SPLIT, person, null, "Records " + moved + " split off into "
                    + joineryIdOfCluster[c] + ": they no longer link to this person's other records; " + why + ".", about));
        });
    }

    /** Previous persons whose ID no cluster took: merged into the person holding most of their records, or emptied. */
    private List<RunPlan.Retirement> retire() {
        Map<Integer, Map<Integer, Integer>> whereRecordsWent = new HashMap<>();
        for (int i = 0; i < prevPerson.length; i++) {
            int q = prevPerson[i];
            if (q >= 0 && ownedCluster[q] < 0) {
                whereRecordsWent.computeIfAbsent(q, k -> new java.util.TreeMap<>()).merge(clusterOf[i], 1, Integer::sum);
            }
        }
        List<RunPlan.Retirement> retired = new ArrayList<>();
        for (int q = 0; q < previous.persons(); q++) {
            if (ownedCluster[q] >= 0) {
                continue;
            }
            UUID person = previous.personIds()[q];
            Map<Integer, Integer> went = whereRecordsWent.get(q);
            if (went == null) {
                String reason = "Retired: every record of this person was withdrawn by its source.";
                events.add(PersonChange.of(person, PersonChange.RETIRED, null, null, reason, List.of()));
                retired.add(new RunPlan.Retirement(person, reason));
                continue;
            }
            int target = went.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
            int merged = q;
            int[] from = Arrays.stream(members[target]).filter(i -> prevPerson[i] == merged).toArray();
            LinkGraph.Link link = graph.strongest(from, r -> clusterOf[r] == target && prevPerson[r] != merged);
            String why = link == null ? "a clerical review decision (same person) or a chain of links joins them"
                    : "its record " + name(link.from()) + " matches " + name(link.to()) + " with "
                    + HistoryReasons.weight(link.weight()) + ", the strongest link between them";
            String elsewhere = went.size() > 1 ? " Its other records went to other persons." : "";
            String into = joineryIdOfCluster[target];
            String reason = "Merged into " + into + ": " + why + "." + elsewhere;
            List<Long> about = LinkGraph.about(recordIds, from, link);
            events.add(PersonChange.of(person, PersonChange.MERGED_INTO, personOfCluster[target], null, reason, about));
            events.add(PersonChange.of(personOfCluster[target], PersonChange.MERGED, person, null, previous.joineryIds()[q]
                    + " was merged into this person: " + why + ".", about));
            retired.add(new RunPlan.Retirement(person, reason));
        }
        return retired;
    }

    /** Records linked before that are no longer current: withdrawn by their sources. */
    private List<Long> withdrawn() {
        Map<Long, Integer> current = new HashMap<>(recordIds.length * 2);
        for (int i = 0; i < recordIds.length; i++) {
            current.put(recordIds[i], i);
        }
        List<Long> removed = new ArrayList<>();
        for (int k = 0; k < previous.recordIds().length; k++) {
            long id = previous.recordIds()[k];
            if (!current.containsKey(id)) {
                removed.add(id);
                int p = previous.personOf()[k];
                if (ownedCluster[p] >= 0) {
                    events.add(PersonChange.of(previous.personIds()[p], PersonChange.RECORD_REMOVED, null, id,
                            "A record (source record " + id + ") was withdrawn by its source.", List.of()));
                }
            }
        }
        return removed;
    }

    private List<RunPlan.Placement> placements() {
        Map<Long, Integer> position = previous.positionById();
        List<RunPlan.Placement> placements = new ArrayList<>();
        for (int i = 0; i < recordIds.length; i++) {
            UUID person = personOfCluster[clusterOf[i]];
            Integer k = position.get(recordIds[i]);
            boolean same = k != null && previous.personIds()[previous.personOf()[k]].equals(person)
                    && previous.fingerprints()[k] == fingerprints[i];
            if (!same) {
                placements.add(new RunPlan.Placement(recordIds[i], person, fingerprints[i], k != null));
            }
        }
        return placements;
    }

    private String joinedBecause(LinkGraph.Link link, String subject) {
        if (link == null || link.weight() < thresholdWeight) {
            return subject + " is joined by a clerical review decision (same person) or through the person's other records";
        }
        return subject + " matches " + name(link.to()) + " with " + HistoryReasons.weight(link.weight());
    }

    private String apartBecause(LinkGraph.Link link) {
        if (link == null) {
            return "no scored pair links them";
        }
        String strongest = "the strongest pair between them, " + name(link.from()) + " and " + name(link.to()) + ", has "
                + HistoryReasons.weight(link.weight());
        return link.weight() < thresholdWeight ? strongest + ", below the linking threshold"
                : strongest + ", but a clerical review decision (different people) or a clustering guard keeps them apart";
    }

    private String name(int record) {
        return records.describe(record);
    }
}
