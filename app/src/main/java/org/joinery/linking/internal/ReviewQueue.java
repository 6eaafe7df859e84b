package org.joinery.linking.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.joinery.access.Grant;
import org.joinery.index.Persons;
import org.joinery.index.ScoredPair;
import org.joinery.linking.ClericalReview;
import org.joinery.linking.PairExplanation;
import org.joinery.linking.PairExplanations;
import org.joinery.linking.PairKey;
import org.joinery.linking.PairPage;
import org.joinery.linking.QueuedPair;
import org.joinery.linking.ReviewBand;
import org.joinery.linking.ReviewDecision;
import org.joinery.linking.ReviewedPair;
import org.joinery.linking.SideBySide;
import org.joinery.organisations.Organisation;
import org.joinery.organisations.Organisations;
import org.joinery.platform.JoineryProperties;
import org.joinery.sources.CurrentRecord;
import org.joinery.sources.RecordDetails;
import org.joinery.sources.Source;
import org.joinery.sources.SourceRecords;
import org.joinery.sources.Sources;
import org.springframework.stereotype.Service;

/**
 * Clerical review: the queue of scored pairs between the two review probabilities that nobody has decided
 * yet, most uncertain first, one pair as a reviewer sees it, and the decisions. Decisions are kept by source and
 * record key while pairs are kept by record id, and the two live in different stores (and modules), so the queue
 * is matched up here rather than in SQL.
 */
@Service
class ReviewQueue implements ClericalReview {

    private final Persons index;
    private final ReviewStore decisions;
    private final SourceRecords records;
    private final Sources sources;
    private final ReviewBand band;
    private final Organisations organisations;
    private final PairExplanations explanations;
    private final Clock clock;

    ReviewQueue(Persons index, ReviewStore decisions, SourceRecords records, Sources sources, JoineryProperties properties,
                Organisations organisations, PairExplanations explanations, Clock clock) {
        this.index = index;
        this.decisions = decisions;
        this.records = records;
        this.sources = sources;
        this.band = new ReviewBand(properties.review().lower(), properties.review().upper());
        this.organisations = organisations;
        this.explanations = explanations;
        this.clock = clock;
    }

    @Override
    public List<QueuedPair> waiting(Grant grant) {
        List<ScoredPair> inBand = index.pairsBetween(grant, band.lower(), band.upper());
        Set<Long> ids = new LinkedHashSet<>();
        inBand.forEach(pair -> {
            ids.add(pair.leftRecordId());
            ids.add(pair.rightRecordId());
        });
        Map<Long, QueuedPair.RecordName> names = names(grant, ids);
        Set<PairKey> decided = decisions.all(grant).stream().map(ReviewedPair::key).collect(Collectors.toSet());
        List<QueuedPair> waiting = new ArrayList<>();
        for (ScoredPair pair : inBand) {
            QueuedPair.RecordName left = names.get(pair.leftRecordId());
            QueuedPair.RecordName right = names.get(pair.rightRecordId());
            // A withdrawn record has no name here: its pairs go with the next run.
            if (left != null && right != null) {
                QueuedPair queued = new QueuedPair(pair, left, right);
                if (!decided.contains(queued.key())) {
                    waiting.add(queued);
                }
            }
        }
        return waiting;
    }

    @Override
    public Optional<QueuedPair> next(Grant grant) {
        return waiting(grant).stream().findFirst();
    }

    /** The current records' source names and keys (withdrawn records are left out). */
    private Map<Long, QueuedPair.RecordName> names(Grant grant, Set<Long> ids) {
        Map<UUID, String> sourceNames = sources.all().stream().collect(Collectors.toMap(Source::id, Source::name));
        Map<Long, QueuedPair.RecordName> names = new HashMap<>();
        for (CurrentRecord record : records.current(grant, ids)) {
            names.put(record.id(), new QueuedPair.RecordName(sourceNames.get(record.sourceId()), record.recordKey()));
        }
        return names;
    }

    @Override
    public ReviewBand band() {
        return band;
    }

    @Override
    public Optional<PairPage> show(Grant linkage, Grant extract, long leftId, long rightId) {
        Optional<ScoredPair> pair = index.pair(linkage, leftId, rightId);
        if (pair.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, RecordDetails> details = records.forReview(extract, List.of(pair.get().leftRecordId(),
                pair.get().rightRecordId())).stream().collect(Collectors.toMap(d -> d.record().id(), d -> d));
        RecordDetails left = details.get(pair.get().leftRecordId());
        RecordDetails right = details.get(pair.get().rightRecordId());
        if (left == null || right == null) {
            return Optional.empty();
        }
        PairKey key = PairKey.of(left.sourceName(), left.record().recordKey(), right.sourceName(), right.record().recordKey());
        SideBySide.Column leftColumn = column(left);
        SideBySide.Column rightColumn = column(right);
        PairExplanation explanation = explanations.explain(heading(leftColumn), left.record().fields(), heading(rightColumn),
                right.record().fields(), pair.get());
        return Optional.of(new PairPage(pair.get(), key, SideBySide.of(List.of(leftColumn, rightColumn)),
                List.of(new PairPage.AsReceived(heading(leftColumn), left.raw()),
                        new PairPage.AsReceived(heading(rightColumn), right.raw())),
                explanation, decisions.about(linkage, key).orElse(null)));
    }

    @Override
    public Optional<PairKey> decide(Grant read, Grant write, long leftId, long rightId, ReviewDecision decision, String note,
                                    String reviewer) {
        Map<Long, QueuedPair.RecordName> names = names(read, java.util.Set.of(leftId, rightId));
        QueuedPair.RecordName left = names.get(leftId);
        QueuedPair.RecordName right = names.get(rightId);
        if (left == null || right == null || leftId == rightId) {
            return Optional.empty();
        }
        PairKey key = PairKey.of(left.source(), left.recordKey(), right.source(), right.recordKey());
        decisions.decide(write, key, decision, note, reviewer, clock.instant());
        return Optional.of(key);
    }

    private SideBySide.Column column(RecordDetails details) {
        Optional<Source> source = sources.find(details.record().sourceId());
        String organisation = organisations.find(details.organisationId()).map(Organisation::name).orElse("");
        return new SideBySide.Column(organisation, source.map(Source::title).orElse(details.sourceName()),
                details.record().recordKey(), details.record().fields());
    }

    private static String heading(SideBySide.Column column) {
        return column.organisation() + ", " + column.source() + " (" + column.recordKey() + ")";
    }
}
