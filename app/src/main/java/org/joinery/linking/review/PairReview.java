package org.joinery.linking.review;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.joinery.access.Grant;
import org.joinery.linking.PairExplanation;
import org.joinery.linking.PairExplanations;
import org.joinery.linking.PersonIndexStore;
import org.joinery.linking.ReviewDecision;
import org.joinery.linking.ScoredPair;
import org.joinery.linking.SideBySide;
import org.joinery.organisations.Organisation;
import org.joinery.organisations.Organisations;
import org.joinery.sources.RecordDetails;
import org.joinery.sources.Source;
import org.joinery.sources.SourceRecords;
import org.joinery.sources.Sources;
import org.springframework.stereotype.Service;

/** One pair in clerical review: showing it, and recording what the reviewer decided. */
@Service
class PairReview {

    private final PersonIndexStore index;
    private final ReviewStore decisions;
    private final ReviewQueue queue;
    private final SourceRecords records;
    private final Sources sources;
    private final Organisations organisations;
    private final PairExplanations explanations;
    private final Clock clock;

    PairReview(PersonIndexStore index, ReviewStore decisions, ReviewQueue queue, SourceRecords records, Sources sources,
               Organisations organisations, PairExplanations explanations, Clock clock) {
        this.index = index;
        this.decisions = decisions;
        this.queue = queue;
        this.records = records;
        this.sources = sources;
        this.organisations = organisations;
        this.explanations = explanations;
        this.clock = clock;
    }

    /**
     * The pair page, or empty when the latest run kept no score for these records or one is gone.
     *
     * @param linkage a grant to read LINKAGE, and {@code extract} to read SOURCE_EXTRACT, both for RECORD_LINKAGE
     */
    Optional<PairPage> show(Grant linkage, Grant extract, long leftId, long rightId) {
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

    /**
     * Records the decision about two records by their sources' names and keys; empty when the records are
     * unknown (withdrawn since the page was shown).
     *
     * @param read a grant to read LINKAGE, and {@code write} to write it, both for RECORD_LINKAGE
     */
    Optional<PairKey> decide(Grant read, Grant write, long leftId, long rightId, ReviewDecision decision, String note,
                             String reviewer) {
        Map<Long, QueuedPair.RecordName> names = queue.names(read, java.util.Set.of(leftId, rightId));
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
