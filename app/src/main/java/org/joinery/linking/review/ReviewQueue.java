package org.joinery.linking.review;

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
import org.joinery.linking.PersonIndexStore;
import org.joinery.linking.ScoredPair;
import org.joinery.sources.CurrentRecord;
import org.joinery.sources.Source;
import org.joinery.sources.SourceRecords;
import org.joinery.sources.Sources;
import org.springframework.stereotype.Service;

/**
 * The clerical review queue: scored pairs between the two review probabilities that nobody has decided
 * yet, most uncertain first. Decisions are kept by source and record key while pairs are kept by record id,
 * and the two live in different stores, so the queue is matched up here rather than in SQL.
 */
@Service
class ReviewQueue {

    private final PersonIndexStore index;
    private final ReviewStore decisions;
    private final SourceRecords records;
    private final Sources sources;
    private final ReviewBand band;

    ReviewQueue(PersonIndexStore index, ReviewStore decisions, SourceRecords records, Sources sources, ReviewBand band) {
        this.index = index;
        this.decisions = decisions;
        this.records = records;
        this.sources = sources;
        this.band = band;
    }

    /** Every pair waiting, in queue order (a grant to read LINKAGE for RECORD_LINKAGE). */
    List<QueuedPair> waiting(Grant grant) {
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

    /** The pair to review next, if any. */
    Optional<QueuedPair> next(Grant grant) {
        return waiting(grant).stream().findFirst();
    }

    /** The current records' source names and keys (withdrawn records are left out). */
    Map<Long, QueuedPair.RecordName> names(Grant grant, Set<Long> ids) {
        Map<UUID, String> sourceNames = sources.all().stream().collect(Collectors.toMap(Source::id, Source::name));
        Map<Long, QueuedPair.RecordName> names = new HashMap<>();
        for (CurrentRecord record : records.current(grant, ids)) {
            names.put(record.id(), new QueuedPair.RecordName(sourceNames.get(record.sourceId()), record.recordKey()));
        }
        return names;
    }

    ReviewBand band() {
        return band;
    }
}
