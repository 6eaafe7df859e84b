package org.joinery.index.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.joinery.access.Action;
import org.joinery.access.DataCategory;
import org.joinery.access.Grant;
import org.joinery.access.PersonalDataStore;
import org.joinery.access.Purpose;
import org.joinery.index.IndexSnapshot;
import org.joinery.index.Membership;
import org.joinery.index.PersonChange;
import org.joinery.index.PersonEvent;
import org.joinery.index.PersonRef;
import org.joinery.index.Persons;
import org.joinery.index.RunPlan;
import org.joinery.index.ScoredPair;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Persons, which records make them up, their history, and the scored pairs between records: the
 * only class that touches person, person_record, person_event and link_pair.
 */
@Component
@PersonalDataStore(tables = {"person", "person_record", "person_event", "link_pair"})
class PersonStore implements Persons {

    /** Rows per multi-row insert: fast on PostgreSQL without driver settings, well under its 32,767 parameters. */
    private static final int ROWS_PER_INSERT = 500;
    private static final int IN_LIST = 500;
    private static final int RETIRED_REASON_LENGTH = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    PersonStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** The person with this Joinery ID (retired ones too, so that old IDs can be followed). */
    @Override
    public Optional<PersonRef> byJoineryId(Grant grant, String joineryId) {
        grant.require(Action.READ, DataCategory.INVOLVEMENT, DataCategory.IDENTITY, DataCategory.LINKAGE,
                DataCategory.RESIDENT_SEARCH);
        return jdbc.sql("select id, joinery_id, retired_at is not null as retired from person where joinery_id = ?")
                .param(joineryId).query(PersonRef.class).optional();
    }

    /** The source records that make up the person now. */
    @Override
    public List<Long> recordIdsOf(Grant grant, UUID personId) {
        grant.require(Action.READ, DataCategory.INVOLVEMENT, DataCategory.LINKAGE);
        return jdbc.sql("select source_record_id from person_record where person_id = ? order by source_record_id")
                .param(personId).query(Long.class).list();
    }

    /** Pairs whose probability lies in [lower, upper], most uncertain (closest to one half) first. */
    @Override
    public List<ScoredPair> pairsBetween(Grant grant, double lower, double upper) {
        grant.require(DataCategory.LINKAGE, Action.READ);
        return jdbc.sql("select left_record_id, right_record_id, match_weight, probability from link_pair"
                        + " where probability >= ? and probability <= ?"
                        + " order by abs(probability - 0.5), left_record_id, right_record_id")
                .params(lower, upper).query(ScoredPair.class).list();
    }

    /** The scored pair of these two records, in either order. */
    @Override
    public Optional<ScoredPair> pair(Grant grant, long oneRecordId, long otherRecordId) {
        grant.require(DataCategory.LINKAGE, Action.READ);
        return jdbc.sql("select left_record_id, right_record_id, match_weight, probability from link_pair"
                        + " where (left_record_id = ? and right_record_id = ?) or (left_record_id = ? and right_record_id = ?)")
                .params(oneRecordId, otherRecordId, otherRecordId, oneRecordId).query(ScoredPair.class).optional();
    }

    /** The scored pairs between these records (the records of one person that a reader may see). */
    @Override
    public List<ScoredPair> pairsAmong(Grant grant, Collection<Long> recordIds) {
        grant.require(Action.READ, DataCategory.INVOLVEMENT, DataCategory.IDENTITY, DataCategory.LINKAGE);
        if (recordIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select left_record_id, right_record_id, match_weight, probability from link_pair"
                        + " where left_record_id in (:ids) and right_record_id in (:ids)"
                        + " order by probability desc, left_record_id, right_record_id")
                .param("ids", List.copyOf(recordIds)).query(ScoredPair.class).list();
    }

    /** The person's merge and split history with reasons, oldest first. */
    @Override
    public List<PersonEvent> history(Grant grant, UUID personId) {
        grant.require(Action.READ, DataCategory.INVOLVEMENT, DataCategory.IDENTITY, DataCategory.LINKAGE);
        return jdbc.sql("select e.kind, o.joinery_id as other_joinery_id, e.reason, e.occurred_at, e.record_ids"
                        + " from person_event e left join person o on o.id = e.other_person_id where e.person_id = ?"
                        + " order by e.occurred_at, e.id")
                .param(personId).query((rs, n) -> new PersonEvent(rs.getString("kind"), rs.getString("other_joinery_id"),
                        rs.getString("reason"), rs.getTimestamp("occurred_at").toInstant(),
                        about(rs.getString("record_ids")))).list();
    }

    /** The Joinery ID a retired person was merged into, following merges to the person that is current now. */
    @Override
    public Optional<String> mergedInto(Grant grant, UUID retiredPersonId) {
        grant.require(Action.READ, DataCategory.INVOLVEMENT, DataCategory.IDENTITY, DataCategory.LINKAGE,
                DataCategory.RESIDENT_SEARCH);
        UUID current = retiredPersonId;
        // A bounded walk: merges chain (A into B, later B into C), and a bad history must not loop forever.
        for (int step = 0; step < 20; step++) {
            Optional<PersonRef> next = jdbc.sql("select p.id, p.joinery_id, p.retired_at is not null as retired"
                            + " from person_event e join person p on p.id = e.other_person_id"
                            + " where e.person_id = ? and e.kind = 'MERGED_INTO' order by e.occurred_at desc, e.id desc")
                    .param(current).query(PersonRef.class).list().stream().findFirst();
            if (next.isEmpty()) {
                return Optional.empty();
            }
            if (!next.get().retired()) {
                return Optional.of(next.get().joineryId());
            }
            current = next.get().id();
        }
        return Optional.empty();
    }

    /** Every linked record of every person not retired, with its person, for a run to start from. */
    @Override
    public IndexSnapshot snapshot(Grant grant) {
        grant.require(DataCategory.LINKAGE, Action.READ, Purpose.RECORD_LINKAGE);
        return snapshotWhere(" where p.retired_at is null", List.of(Map.of()));
    }

    /**
     * The linked records of the persons (not retired) holding any of these records, with those persons: all an
     * incremental run that scored with the resident index needs to see of the index.
     */
    @Override
    public IndexSnapshot snapshotOfPersonsHolding(Grant grant, Collection<Long> recordIds) {
        grant.require(DataCategory.LINKAGE, Action.READ, Purpose.RECORD_LINKAGE);
        Set<UUID> persons = new HashSet<>();
        for (List<Long> chunk : chunks(List.copyOf(recordIds))) {
            persons.addAll(jdbc.sql("select person_id from person_record where source_record_id in (:ids)")
                    .param("ids", chunk).query(UUID.class).list());
        }
        List<Map<String, Object>> each = new ArrayList<>();
        for (List<UUID> chunk : chunks(List.copyOf(persons))) {
            each.add(Map.of("persons", chunk));
        }
        return snapshotWhere(" where p.retired_at is null and pr.person_id in (:persons)", each);
    }

    private IndexSnapshot snapshotWhere(String where, List<Map<String, Object>> paramsEach) {
        Map<UUID, Integer> personIndex = new HashMap<>();
        List<UUID> personIds = new ArrayList<>();
        List<String> joineryIds = new ArrayList<>();
        long[][] rows = {new long[1024], new long[1024], new long[1024]};
        int[] size = {0};
        for (Map<String, Object> params : paramsEach) {
            jdbc.sql("select pr.source_record_id, pr.person_id, p.joinery_id, pr.fields_hash from person_record pr"
                            + " join person p on p.id = pr.person_id" + where + " order by pr.source_record_id")
                    .params(params)
                    .query(rs -> {
                        UUID person = rs.getObject("person_id", UUID.class);
                        Integer index = personIndex.get(person);
                        if (index == null) {
                            index = personIds.size();
                            personIndex.put(person, index);
                            personIds.add(person);
                            joineryIds.add(rs.getString("joinery_id"));
                        }
                        if (size[0] == rows[0].length) {
                            for (int c = 0; c < 3; c++) {
                                rows[c] = Arrays.copyOf(rows[c], size[0] * 2);
                            }
                        }
                        rows[0][size[0]] = rs.getLong("source_record_id");
                        rows[1][size[0]] = index;
                        rows[2][size[0]] = rs.getLong("fields_hash");
                        size[0]++;
                    });
        }
        int n = size[0];
        int[] personOf = new int[n];
        for (int i = 0; i < n; i++) {
            personOf[i] = (int) rows[1][i];
        }
        return new IndexSnapshot(Arrays.copyOf(rows[0], n), personOf, Arrays.copyOf(rows[2], n),
                personIds.toArray(UUID[]::new), joineryIds.toArray(String[]::new));
    }

    private Set<UUID> linkedBatchIds() {
        return new HashSet<>(jdbc.sql("select batch_id from linked_batch").query(UUID.class).list());
    }

    /**
     * Records the batches this run linked (those it read before reading records), in the run's transaction: what the
     * home page tells an organisation, and a landed batch a run has covered needs no run of its own.
     */
    @Override
    public void markBatchesLinked(Grant grant, UUID runId, Collection<UUID> batches) {
        grant.require(DataCategory.LINKAGE, Action.WRITE, Purpose.RECORD_LINKAGE);
        Set<UUID> linked = linkedBatchIds();
        List<UUID> fresh = batches.stream().filter(b -> !linked.contains(b)).distinct().toList();
        insertRows("linked_batch (batch_id, run_id)", 2, fresh.size(), i -> new Object[] {fresh.get(i), runId});
    }

    /** How many persons are not retired. */
    @Override
    public int livingPersons(Grant grant) {
        grant.require(DataCategory.LINKAGE, Action.READ, Purpose.RECORD_LINKAGE);
        return jdbc.sql("select count(*) from person where retired_at is null").query(Integer.class).single();
    }

    /** Every Joinery ID ever given, retired ones too: a new ID must never reuse one. */
    @Override
    public Set<String> allJoineryIds(Grant grant) {
        grant.require(DataCategory.LINKAGE, Action.READ, Purpose.RECORD_LINKAGE);
        Set<String> ids = new HashSet<>();
        jdbc.sql("select joinery_id from person").query(rs -> {
            ids.add(rs.getString(1));
        });
        return ids;
    }

    /**
     * Writes what a run changed: new persons, records placed and removed, persons retired, and the history
     * events. The caller holds the transaction, so a run lands whole or not at all.
     */
    @Override
    public void write(Grant grant, UUID runId, RunPlan plan, Instant now) {
        grant.require(DataCategory.LINKAGE, Action.WRITE, Purpose.RECORD_LINKAGE);
        Timestamp at = Timestamp.from(now);
        List<RunPlan.NewPerson> created = plan.created();
        insertRows("person (id, joinery_id, created_at, created_run)", 4, created.size(),
                i -> new Object[] {created.get(i).id(), created.get(i).joineryId(), at, runId});
        for (List<Long> chunk : chunks(plan.removed())) {
            jdbc.sql("delete from person_record where source_record_id in (:ids)").param("ids", chunk).update();
        }
        List<RunPlan.Placement> moved = plan.placements().stream().filter(RunPlan.Placement::linked).toList();
        template.batchUpdate("update person_record set person_id = ?, linked_at = ?, run_id = ?, fields_hash = ?"
                        + " where source_record_id = ?", moved, 1000,
                (ps, p) -> {
                    ps.setObject(1, p.personId());
                    ps.setTimestamp(2, at);
                    ps.setObject(3, runId);
                    ps.setLong(4, p.fingerprint());
                    ps.setLong(5, p.recordId());
                });
        List<RunPlan.Placement> added = plan.placements().stream().filter(p -> !p.linked()).toList();
        insertRows("person_record (source_record_id, person_id, linked_at, run_id, fields_hash)", 5, added.size(),
                i -> new Object[] {added.get(i).recordId(), added.get(i).personId(), at, runId, added.get(i).fingerprint()});
        template.batchUpdate("update person set retired_at = ?, retired_reason = ? where id = ?", plan.retired(), 1000,
                (ps, r) -> {
                    ps.setTimestamp(1, at);
                    ps.setString(2, r.reason().length() <= RETIRED_REASON_LENGTH ? r.reason()
                            : r.reason().substring(0, RETIRED_REASON_LENGTH - 1) + "…");
                    ps.setObject(3, r.personId());
                });
        List<PersonChange> events = plan.events();
        insertRows("person_event (person_id, kind, other_person_id, source_record_id, run_id, reason, occurred_at, record_ids)",
                8, events.size(), i -> {
                    PersonChange e = events.get(i);
                    return new Object[] {e.personId(), e.kind(), e.otherPersonId(), e.recordId(), runId, e.reason(), at,
                            aboutColumn(e)};
                });
    }

    /** Replaces every kept pair with a full run's (at or above the lower review probability). */
    @Override
    public void replacePairs(Grant grant, UUID runId, Persons.PairRows pairs) {
        grant.require(DataCategory.LINKAGE, Action.WRITE, Purpose.RECORD_LINKAGE);
        jdbc.sql("delete from link_pair").update();
        insertPairs(runId, pairs);
    }

    /** Replaces the kept pairs of these records with an incremental run's. */
    @Override
    public void replacePairsOf(Grant grant, UUID runId, Collection<Long> recordIds, Persons.PairRows pairs) {
        grant.require(DataCategory.LINKAGE, Action.WRITE, Purpose.RECORD_LINKAGE);
        for (List<Long> chunk : chunks(List.copyOf(recordIds))) {
            jdbc.sql("delete from link_pair where left_record_id in (:ids) or right_record_id in (:ids)").param("ids", chunk)
                    .update();
        }
        insertPairs(runId, pairs);
    }

    private void insertPairs(UUID runId, Persons.PairRows pairs) {
        insertRows("link_pair (left_record_id, right_record_id, run_id, match_weight, probability)", 5, pairs.size(),
                i -> new Object[] {pairs.left()[i], pairs.right()[i], runId, pairs.weight()[i], pairs.probability()[i]});
    }

    private void insertRows(String tableAndColumns, int columns, int rows, IntFunction<Object[]> row) {
        String one = "(" + String.join(", ", java.util.Collections.nCopies(columns, "?")) + ")";
        for (int from = 0; from < rows; from += ROWS_PER_INSERT) {
            int count = Math.min(ROWS_PER_INSERT, rows - from);
            Object[] args = new Object[count * columns];
            for (int r = 0; r < count; r++) {
                System.arraycopy(row.apply(from + r), 0, args, r * columns, columns);
            }
            template.update("insert into " + tableAndColumns + " values "
                    + String.join(", ", java.util.Collections.nCopies(count, one)), args);
        }
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += IN_LIST) {
            chunks.add(all.subList(i, Math.min(all.size(), i + IN_LIST)));
        }
        return chunks;
    }

    /** Every source record that belongs to a person now, with that person's Joinery ID, for the resident index. */
    public void forEachLinkedRecord(Grant grant, java.util.function.ObjLongConsumer<String> each) {
        grant.require(DataCategory.LINKAGE, Action.READ);
        jdbc.sql("select r.source_record_id, p.joinery_id from person_record r join person p on p.id = r.person_id"
                        + " where p.retired_at is null")
                .query(rs -> {
                    each.accept(rs.getString(2), rs.getLong(1));
                });
    }

    /**
     * A new person made of one source record, registered at the front door when no likely match was found;
     * the reason goes into the person's history. The grant: WRITE IDENTITY for the record's organisation.
     */
    public PersonRef createPerson(Grant grant, long sourceRecordId, String joineryId, String reason,
                                  java.time.Instant now) {
        grant.require(DataCategory.IDENTITY, Action.WRITE);
        UUID id = UUID.randomUUID();
        java.sql.Timestamp at = java.sql.Timestamp.from(now);
        jdbc.sql("insert into person (id, joinery_id, created_at) values (?, ?, ?)").params(id, joineryId, at).update();
        jdbc.sql("insert into person_record (source_record_id, person_id, linked_at) values (?, ?, ?)")
                .params(sourceRecordId, id, at).update();
        jdbc.sql("insert into person_event (person_id, kind, source_record_id, reason, occurred_at, record_ids)"
                        + " values (?, 'CREATED', ?, ?, ?, ?)")
                .params(id, sourceRecordId, reason, at, String.valueOf(sourceRecordId)).update();
        return new PersonRef(id, joineryId, false);
    }

    /** Whether a Joinery ID is taken (by a current or retired person): new IDs are never reused. */
    public boolean joineryIdTaken(Grant grant, String joineryId) {
        grant.require(DataCategory.IDENTITY, Action.WRITE);
        return jdbc.sql("select count(*) from person where joinery_id = ?").param(joineryId).query(Long.class).single() > 0;
    }

    /** Every source record's person now, for deriving involvements after a linkage run. */
    @Override
    public void forEachMembership(Grant grant, Consumer<Membership> each) {
        grant.require(DataCategory.LINKAGE, Action.READ);
        jdbc.sql("select person_id, source_record_id from person_record")
                .query(rs -> {
                    each.accept(new Membership(rs.getObject(1, UUID.class), rs.getLong(2)));
                });
    }

    /** The Joinery IDs of these persons, for lists of involvements. */
    @Override
    public Map<UUID, String> joineryIdsOf(Grant grant, Collection<UUID> personIds) {
        grant.require(Action.READ, DataCategory.INVOLVEMENT, DataCategory.LINKAGE);
        Map<UUID, String> found = new HashMap<>();
        if (!personIds.isEmpty()) {
            jdbc.sql("select id, joinery_id from person where id in (:ids)").param("ids", List.copyOf(personIds))
                    .query(rs -> {
                        found.put(rs.getObject(1, UUID.class), rs.getString(2));
                    });
        }
        return found;
    }

    /** The records of the history's column: ids separated by spaces; null when not known. */
    private static List<Long> about(String column) {
        if (column == null) {
            return null;
        }
        return column.isBlank() ? List.of() : Arrays.stream(column.trim().split(" +")).map(Long::valueOf).toList();
    }

    /** The records a change is about as the history keeps them: ids separated by spaces. */
    private static String aboutColumn(PersonChange change) {
        return change.about().stream().map(String::valueOf).collect(Collectors.joining(" "));
    }
}
