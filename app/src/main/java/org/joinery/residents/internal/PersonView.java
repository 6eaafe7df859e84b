package org.joinery.residents.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.joinery.access.AccessGate;
import org.joinery.access.AccessRequest;
import org.joinery.access.Action;
import org.joinery.access.Actor;
import org.joinery.access.DataCategory;
import org.joinery.access.DataRef;
import org.joinery.access.Grant;
import org.joinery.access.Purpose;
import org.joinery.index.PersonEvent;
import org.joinery.index.PersonRef;
import org.joinery.index.Persons;
import org.joinery.index.ScoredPair;
import org.joinery.linking.PairExplanations;
import org.joinery.linking.SideBySide;
import org.joinery.organisations.Organisation;
import org.joinery.organisations.Organisations;
import org.joinery.residents.JoineryIdLookup;
import org.joinery.residents.PersonPage;
import org.joinery.residents.PersonPages;
import org.joinery.sources.RecordDetails;
import org.joinery.sharing.Involvements;
import org.joinery.sources.RecordDetails;
import org.joinery.sources.Source;
import org.joinery.sources.SourceRecords;
import org.joinery.sources.Sources;
import org.springframework.stereotype.Service;

/**
 * Builds the person page for one reader. The gate is asked once for the person's involvements (who holds
 * records, who is involved), then about each holding organisation's identity details, all at once so that the
 * page waits for the audit log twice, not once per organisation: what it refuses shows only as "holds a
 * record, contact", and not even that for another organisation's sensitive source.
 */
@Service
class PersonView implements PersonPages {

    /** Enough pairs to explain a person; a cluster of dozens of records is a matter for the data team. */
    static final int MOST_LINKS = 20;

    private final AccessGate gate;
    private final Persons persons;
    private final SourceRecords records;
    private final Sources sources;
    private final Organisations organisations;
    private final PairExplanations explanations;
    private final Involvements involvements;

    PersonView(AccessGate gate, Persons persons, SourceRecords records, Sources sources, Organisations organisations,
               PairExplanations explanations, Involvements involvements) {
        this.involvements = involvements;
        this.gate = gate;
        this.persons = persons;
        this.records = records;
        this.sources = sources;
        this.organisations = organisations;
        this.explanations = explanations;
    }

    @Override
    public JoineryIdLookup look(Actor actor, String joineryId) {
        Grant involvement = gate.authorise(actor, Action.READ, DataRef.subject(DataCategory.INVOLVEMENT, joineryId, null),
                Purpose.DIRECT_CARE);
        Optional<PersonRef> person = persons.byJoineryId(involvement, joineryId);
        if (person.isEmpty()) {
            return new JoineryIdLookup.NotFound();
        }
        if (person.get().retired()) {
            Optional<String> into = persons.mergedInto(involvement, person.get().id());
            if (into.isPresent()) {
                return new JoineryIdLookup.MergedInto(into.get());
            }
        }
        return new JoineryIdLookup.Found(page(actor, involvement, person.get()));
    }

    private PersonPage page(Actor actor, Grant involvement, PersonRef person) {
        Map<UUID, Source> sourceById = sources.all().stream().collect(Collectors.toMap(Source::id, Function.identity()));
        Map<Long, UUID> holders = records.holders(involvement, persons.recordIdsOf(involvement, person.id()));
        Map<UUID, String> names = new LinkedHashMap<>();
        List<RecordDetails> visible = new ArrayList<>();
        List<PersonPage.HeldElsewhere> elsewhere = new ArrayList<>();
        Map<UUID, List<Long>> byOrganisation = byOrganisation(actor, holders, sourceById);
        Map<UUID, Optional<Grant>> identities = identityGrants(actor, person.joineryId(), byOrganisation.keySet());
        for (Map.Entry<UUID, List<Long>> holding : byOrganisation.entrySet()) {
            UUID organisation = holding.getKey();
            String name = names.computeIfAbsent(organisation, id -> organisations.find(id).map(Organisation::name).orElse(""));
            boolean yours = organisation.equals(actor.organisationId());
            Set<Source> held = holding.getValue().stream().map(id -> sourceById.get(holders.get(id)))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            Optional<Grant> identity = identities.get(organisation);
            // A refusal is recorded by the gate; the page then shows only who holds a record and whom to contact.
            identity.ifPresent(grant -> visible.addAll(records.details(grant, holding.getValue())));
            boolean readable = identity.isPresent();
            for (Source source : held) {
                // Another organisation's sensitive source (a refuge) is not even mentioned unless its records may be read.
                if (!readable && !source.sensitive()) {
                    elsewhere.add(new PersonPage.HeldElsewhere(name, source.title(), source.contact()));
                }
            }
        }
        List<SideBySide.Column> columns = visible.stream().map(d -> column(d, names, sourceById)).toList();
        List<PersonPage.Involved> involved = involvements.ofPerson(involvement).stream()
                .map(one -> new PersonPage.Involved(one.teamName() == null ? one.organisationName()
                        : one.organisationName() + ", " + one.teamName(),
                        one.derived() ? sourceById.get(one.sourceId()).title() : one.reason(), one.contact(), one.startedOn(),
                        one.organisationId().equals(actor.organisationId())))
                .toList();
        return new PersonPage(person.joineryId(), person.retired(), columns.isEmpty() ? null : SideBySide.of(columns),
                elsewhere, involved, links(involvement, visible, columns), history(actor, involvement, person, holders, visible,
                sourceById));
    }

    /** The history as this reader may see it: see {@link HistoryForReader}. */
    private List<PersonPage.HistoryEntry> history(Actor actor, Grant involvement, PersonRef person, Map<Long, UUID> holders,
                                                 List<RecordDetails> visible, Map<UUID, Source> sourceById) {
        List<PersonEvent> history = persons.history(involvement, person.id());
        Map<Long, UUID> sourceOf = new java.util.HashMap<>(holders);
        Set<Long> elsewhere = HistoryForReader.recordsOf(history);
        elsewhere.removeAll(holders.keySet());
        if (!elsewhere.isEmpty()) {
            // Records that have since left the person (moved, split off): their sources say whether to hide the entry.
            sourceOf.putAll(records.holders(involvement, elsewhere));
        }
        Set<UUID> hiddenSources = sourceById.values().stream()
                .filter(source -> source.sensitive() && !source.organisationId().equals(actor.organisationId()))
                .map(Source::id).collect(Collectors.toSet());
        Set<Long> seen = visible.stream().map(details -> details.record().id()).collect(Collectors.toSet());
        return HistoryForReader.of(history, seen, holders.keySet(), sourceOf, hiddenSources);
    }

    /**
     * Asks the gate for each holding organisation's identity details at once: each decision is its own audit
     * entry, but the page waits for the audit log once rather than once per organisation.
     */
    private Map<UUID, Optional<Grant>> identityGrants(Actor actor, String joineryId, Set<UUID> holding) {
        List<UUID> order = List.copyOf(holding);
        List<Optional<Grant>> grants = gate.authoriseEach(order.stream().map(organisation -> new AccessRequest(actor,
                Action.READ, DataRef.subject(DataCategory.IDENTITY, joineryId, organisation), Purpose.DIRECT_CARE)).toList());
        Map<UUID, Optional<Grant>> byOrganisation = new LinkedHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            byOrganisation.put(order.get(i), grants.get(i));
        }
        return byOrganisation;
    }

    /** The reader's own organisation first, then the others by name; within each, records in id order. */
    private Map<UUID, List<Long>> byOrganisation(Actor actor, Map<Long, UUID> holders, Map<UUID, Source> sourceById) {
        Map<UUID, List<Long>> grouped = new LinkedHashMap<>();
        holders.forEach((record, source) -> grouped.computeIfAbsent(sourceById.get(source).organisationId(),
                id -> new ArrayList<>()).add(record));
        Comparator<UUID> order = Comparator.<UUID, Boolean>comparing(id -> !id.equals(actor.organisationId()))
                .thenComparing(id -> organisations.find(id).map(Organisation::name).orElse(""));
        Map<UUID, List<Long>> sorted = new LinkedHashMap<>();
        grouped.keySet().stream().sorted(order).forEach(id -> sorted.put(id, grouped.get(id)));
        return sorted;
    }

    private static SideBySide.Column column(RecordDetails details, Map<UUID, String> names, Map<UUID, Source> sourceById) {
        Source source = sourceById.get(details.record().sourceId());
        return new SideBySide.Column(names.getOrDefault(details.organisationId(), ""), source.title(),
                details.record().recordKey(), details.record().fields());
    }

    /** The scored pairs between the records the reader may see, each with its waterfall. */
    private List<PersonPage.Link> links(Grant involvement, List<RecordDetails> visible, List<SideBySide.Column> columns) {
        Map<Long, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < visible.size(); i++) {
            index.put(visible.get(i).record().id(), i);
        }
        List<PersonPage.Link> links = new ArrayList<>();
        for (ScoredPair pair : persons.pairsAmong(involvement, index.keySet())) {
            if (links.size() == MOST_LINKS) {
                break;
            }
            int left = index.get(pair.leftRecordId());
            int right = index.get(pair.rightRecordId());
            String leftLabel = PersonPage.label(columns.get(left));
            String rightLabel = PersonPage.label(columns.get(right));
            links.add(new PersonPage.Link(leftLabel, rightLabel, explanations.explain(leftLabel,
                    visible.get(left).record().fields(), rightLabel, visible.get(right).record().fields(), pair)));
        }
        return links;
    }

}
