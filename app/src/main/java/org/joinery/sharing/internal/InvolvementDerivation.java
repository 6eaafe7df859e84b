package org.joinery.sharing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.joinery.access.AccessGate;
import org.joinery.access.Action;
import org.joinery.access.DataCategory;
import org.joinery.access.DataRef;
import org.joinery.access.Grant;
import org.joinery.access.Purpose;
import org.joinery.index.Persons;
import org.joinery.index.PersonsLinked;
import org.joinery.sources.Source;
import org.joinery.sources.SourceRecords;
import org.joinery.sources.Sources;
import org.springframework.stereotype.Service;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps derived involvements in step with the sources: a person is involved with a source's
 * organisation while any of that source's open records is linked to them. After every linkage run
 * the whole picture is computed again and compared with what is stored: new pairs of person and
 * source start an involvement; pairs whose records closed or left the person end theirs. An
 * officer's decision to end a derived involvement stands: it is not started again.
 */
@Service
class InvolvementDerivation {

    static final String END_REASON = "The source's records about this person closed, or were linked to another person.";

    private final AccessGate gate;
    private final Persons persons;
    private final SourceRecords records;
    private final Sources sources;
    private final InvolvementStore store;
    private final Clock clock;

    InvolvementDerivation(AccessGate gate, Persons persons, SourceRecords records, Sources sources, InvolvementStore store,
            Clock clock) {
        this.gate = gate;
        this.persons = persons;
        this.records = records;
        this.sources = sources;
        this.store = store;
        this.clock = clock;
    }

    /**
     * After a run's links are committed, in a transaction of its own on a thread of its own; heard again after a
     * restart if Joinery stopped first.
     */
    @ApplicationModuleListener(id = "sharing.involvement-derivation")
    public void on(PersonsLinked linked) {
        derive();
    }

    /** Derives involvements now; the demo seeder calls this after its first linkage run. Returns what changed. */
    @Transactional
    public Result derive() {
        LocalDate today = LocalDate.now(clock);
        Grant linkage = gate.authorise(DerivationAccessRule.ACTOR, Action.READ, DataRef.of(DataCategory.LINKAGE, null),
                Purpose.RECORD_LINKAGE);
        Grant involvements = gate.authorise(DerivationAccessRule.ACTOR, Action.WRITE,
                DataRef.of(DataCategory.INVOLVEMENT, null), Purpose.RECORD_LINKAGE);

        Map<Long, UUID> personOf = new HashMap<>();
        persons.forEachMembership(linkage, membership -> personOf.put(membership.sourceRecordId(), membership.personId()));
        // For each (person, source) with open records, the earliest day one opened.
        Map<Key, LocalDate> open = new HashMap<>();
        records.forEachCurrent(linkage, record -> {
            UUID person = personOf.get(record.id());
            if (person != null && record.openOn(today)) {
                LocalDate opened = record.openedOn() == null ? today : record.openedOn();
                open.merge(new Key(person, record.sourceId()), opened, (a, b) -> a.isBefore(b) ? a : b);
            }
        });

        Set<Key> stored = new HashSet<>();
        List<UUID> ends = new ArrayList<>();
        for (OpenDerived involvement : store.derived(involvements)) {
            Key key = new Key(involvement.personId(), involvement.sourceId());
            stored.add(key);
            if (involvement.open() && !open.containsKey(key)) {
                ends.add(involvement.id());
            }
        }
        Map<UUID, Source> byId = new HashMap<>();
        sources.all().forEach(source -> byId.put(source.id(), source));
        List<DerivedInvolvement> starts = new ArrayList<>();
        open.forEach((key, since) -> {
            Source source = byId.get(key.sourceId());
            if (!stored.contains(key) && source != null) {
                starts.add(new DerivedInvolvement(key.personId(), source.organisationId(), source.id(), source.lawfulBasis(),
                        "Open records in " + source.title(), source.sensitive(), source.contact(), since));
            }
        });
        store.applyDerivation(involvements, starts, ends, END_REASON, today, clock.instant());
        return new Result(starts.size(), ends.size());
    }

    /** How many derived involvements a derivation started and ended. */
    record Result(int started, int ended) {
    }

    private record Key(UUID personId, UUID sourceId) {
    }
}
