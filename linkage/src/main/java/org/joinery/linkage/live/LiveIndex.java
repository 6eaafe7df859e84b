package org.joinery.linkage.live;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.joinery.linkage.Linkage;
import org.joinery.linkage.LinkageException;
import org.joinery.linkage.compare.ComparisonEvaluator;
import org.joinery.linkage.compare.FeatureTable;
import org.joinery.linkage.compare.FieldColumn;
import org.joinery.linkage.compare.PairContext;
import org.joinery.linkage.data.Records;
import org.joinery.linkage.model.Comparison;
import org.joinery.linkage.model.Model;
import org.joinery.linkage.model.PersonField;
import org.joinery.linkage.predict.LevelWeights;
import org.joinery.linkage.predict.Scorer;

/**
 * Every current record, in memory, ready to be matched against one query in milliseconds: the front door
 * ("is this resident already known?") and incremental linking ("which records may this new record be?").
 *
 * <p>Records are held as the batch engine's features ({@link FieldColumn#live live columns}) and scored with
 * the batch engine's comparators and model, so a query scores against a record exactly what the two records
 * would score in a full run. Candidates come from hashed blocking keys (the model's prediction rules and the
 * front door's, see {@link BlockingKeys}); at most {@link #maxCandidates} records are scored per query, so a
 * common name cannot make a search slow.
 *
 * <p>Thread-safe: searches run in parallel (each in its own query row of the columns) under a read lock;
 * {@link #put} and {@link #remove} take the write lock.
 */
public final class LiveIndex {

    /** Records scored per query at most: a few milliseconds of scoring. */
    public static final int DEFAULT_MAX_CANDIDATES = 2_000;

    private final Model model;
    private final FeatureTable table;
    private final FieldColumn[] columns;
    private final ComparisonEvaluator[] evaluators;
    private final double[][] weights;
    private final double[][] tfLog2U;
    private final BlockingKeys keys;
    private final Postings postings;
    private final int maxCandidates;
    private final BlockingQueue<Slot> slots;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    /** Per row: its source and record ID (null for query rows and removed records). */
    private String[] sourceOf;
    private String[] recordIdOf;
    private int rows;
    private int live;
    private final Map<String, Integer> rowOf = new HashMap<>();

    private LiveIndex(Records withSlots, int querySlots, Model model, int maxCandidates) {
        if (!model.trained()) {
            throw new LinkageException("a live index needs a trained model: train one first");
        }
        this.model = model;
        this.maxCandidates = maxCandidates;
        Set<PersonField> fields = EnumSet.copyOf(Linkage.fieldsUsed(model));
        fields.addAll(BlockingKeys.fields());
        this.table = FeatureTable.live(withSlots, fields);
        this.columns = table.columns().values().toArray(FieldColumn[]::new);
        List<Comparison> comparisons = model.comparisons();
        this.evaluators = new ComparisonEvaluator[comparisons.size()];
        LevelWeights levelWeights = LevelWeights.of(model);
        this.weights = levelWeights.weights();
        this.tfLog2U = levelWeights.tfLog2U();
        for (int c = 0; c < evaluators.length; c++) {
            evaluators[c] = new ComparisonEvaluator(comparisons.get(c), table, c, false);
        }
        this.keys = new BlockingKeys(model, table);
        int size = withSlots.size();
        this.postings = new Postings(size * Math.max(1, keys.size()) / 2);
        this.sourceOf = new String[size];
        this.recordIdOf = new String[size];
        this.slots = new ArrayBlockingQueue<>(querySlots);
        for (int s = 0; s < querySlots; s++) {
            slots.add(new Slot(s));
        }
        for (int row = querySlots; row < size; row++) {
            String source = withSlots.sources().get(withSlots.source()[row]).name();
            String id = withSlots.recordId()[row];
            if (rowOf.putIfAbsent(key(source, id), row) != null) {
                throw new LinkageException("record " + source + ":" + id + " appears twice; a live index holds each record once");
            }
            sourceOf[row] = source;
            recordIdOf[row] = id;
            index(row);
        }
        this.rows = size;
        this.live = size - querySlots;
    }

    /** An index of these records, scored with this trained model. */
    public static LiveIndex build(Records records, Model model) {
        return build(records, model, DEFAULT_MAX_CANDIDATES);
    }

    public static LiveIndex build(Records records, Model model, int maxCandidates) {
        int querySlots = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
        return new LiveIndex(withQueryRows(records, querySlots, model), querySlots, model, maxCandidates);
    }

    /** The records after {@code slots} empty rows, in every column the index uses (empty where none maps it). */
    private static Records withQueryRows(Records records, int slots, Model model) {
        int n = records.size() + slots;
        Set<PersonField> fields = EnumSet.copyOf(Linkage.fieldsUsed(model));
        fields.addAll(BlockingKeys.fields());
        Map<PersonField, String[]> values = new EnumMap<>(PersonField.class);
        for (PersonField field : fields) {
            String[] column = new String[n];
            if (records.has(field)) {
                System.arraycopy(records.values().get(field), 0, column, slots, records.size());
            }
            values.put(field, column);
        }
        List<Records.SourceInfo> sources = records.sources().isEmpty()
                ? List.of(new Records.SourceInfo("", false, 0, 0, List.of())) : records.sources();
        int[] source = new int[n];
        System.arraycopy(records.source(), 0, source, slots, records.size());
        String[] ids = new String[n];
        System.arraycopy(records.recordId(), 0, ids, slots, records.size());
        return new Records(sources, source, ids, null, values);
    }

    public Model model() {
        return model;
    }

    /** Records held. */
    public int size() {
        lock.readLock().lock();
        try {
            return live;
        } finally {
            lock.readLock().unlock();
        }
    }

    public boolean contains(String source, String recordId) {
        lock.readLock().lock();
        try {
            return rowOf.containsKey(key(source, recordId));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Adds a record, or replaces the one with this source and record ID. Fields not given are missing. */
    public void put(String source, String recordId, Map<PersonField, String> values) {
        lock.writeLock().lock();
        try {
            removeRow(rowOf.remove(key(source, recordId)));
            int row = rows++;
            if (row >= sourceOf.length) {
                int capacity = Math.max(row + 1, sourceOf.length + (sourceOf.length >> 1));
                sourceOf = Arrays.copyOf(sourceOf, capacity);
                recordIdOf = Arrays.copyOf(recordIdOf, capacity);
                for (FieldColumn column : columns) {
                    column.ensureCapacity(capacity);
                }
            }
            for (FieldColumn column : columns) {
                column.put(row, values.get(column.field));
            }
            sourceOf[row] = source;
            recordIdOf[row] = recordId;
            rowOf.put(key(source, recordId), row);
            index(row);
            live++;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Removes a record (withdrawn by its source); false when the index does not hold it. */
    public boolean remove(String source, String recordId) {
        lock.writeLock().lock();
        try {
            Integer row = rowOf.remove(key(source, recordId));
            removeRow(row);
            return row != null;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void removeRow(Integer row) {
        if (row == null) {
            return;
        }
        for (int r = 0; r < keys.size(); r++) {
            long key = keys.key(r, row, table);
            if (key != Postings.NONE) {
                postings.remove(key, row);
            }
        }
        for (FieldColumn column : columns) {
            column.put(row, null);
        }
        sourceOf[row] = null;
        recordIdOf[row] = null;
        live--;
    }

    private void index(int row) {
        for (int r = 0; r < keys.size(); r++) {
            long key = keys.key(r, row, table);
            if (key != Postings.NONE) {
                postings.add(key, row);
            }
        }
    }

    private static String key(String source, String recordId) {
        return source + '\u001f' + recordId;
    }

    /**
     * The {@code limit} records most likely to be the person the query describes, strongest first, however
     * weak (the caller decides what is likely); none when no record shares a blocking key with the query.
     */
    public SearchResult search(Map<PersonField, String> query, int limit) {
        return search(query, limit, Set.of());
    }

    /**
     * As {@link #search(Map, int)}, with the records of these sources taking no part: they are neither scored nor
     * counted against the records scored per query, so the result is what it would be if they were not held (but
     * for {@link SearchResult#narrowed()}, which counts every record sharing a key). For a reader who may not
     * learn that a source holds anyone, such as another organisation's refuge.
     */
    public SearchResult search(Map<PersonField, String> query, int limit, Set<String> excludedSources) {
        Slot slot = takeSlot();
        lock.readLock().lock();
        try {
            return slot.search(query, limit, excludedSources);
        } finally {
            lock.readLock().unlock();
            slots.add(slot);
        }
    }

    /**
     * For incremental linking: the records most likely to be the same person as a record's values, scored
     * against every record held (including that record itself, if held: callers skip it).
     */
    public List<Candidate> candidates(Map<PersonField, String> recordValues, int limit) {
        return search(recordValues, limit).candidates();
    }

    private Slot takeSlot() {
        try {
            return slots.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LinkageException("interrupted while waiting to search the live index", e);
        }
    }

    /** One search's working memory: its own query row in every column, and reusable scratch arrays. */
    private final class Slot {
        private final int row;
        private final PairContext context = PairContext.withoutCache();
        private int[] seen = new int[Integer.highestOneBit(Math.max(64, maxCandidates * 4 - 1)) << 1];
        private final long[] found = new long[64];

        Slot(int row) {
            this.row = row;
        }

        SearchResult search(Map<PersonField, String> query, int limit, Set<String> excludedSources) {
            for (FieldColumn column : columns) {
                column.putQuery(row, query.get(column.field));
            }
            // The most selective keys first, so identifiers and dates are scored before a common name.
            int keyCount = 0;
            for (int r = 0; r < keys.size() && keyCount < found.length; r++) {
                long key = keys.key(r, row, table);
                int at = key == Postings.NONE ? -1 : postings.find(key);
                if (at >= 0) {
                    found[keyCount++] = ((long) postings.size(at) << 32) | at;
                }
            }
            Arrays.sort(found, 0, keyCount);
            Arrays.fill(seen, -1);
            Ranking ranking = new Ranking(limit);
            int budget = maxCandidates;
            boolean narrowed = false;
            for (int k = 0; k < keyCount && budget > 0; k++) {
                int at = (int) found[k];
                int size = (int) (found[k] >>> 32);
                if (size > budget && budget < maxCandidates) {
                    narrowed = true;
                    continue;
                }
                narrowed |= size > budget;
                int[] list = postings.rows(at);
                for (int i = 0; i < Math.min(size, budget); i++) {
                    int candidate = list[i];
                    if (excluded(candidate, excludedSources)) {
                        continue;
                    }
                    if (firstSight(candidate)) {
                        budget--;
                        ranking.offer(candidate, score(candidate));
                    }
                }
            }
            List<Candidate> candidates = new ArrayList<>();
            for (int i = 0; i < ranking.size(); i++) {
                candidates.add(candidate(ranking.row(i), ranking.weight(i)));
            }
            return new SearchResult(candidates, maxCandidates - budget, narrowed);
        }

        private boolean excluded(int candidate, Set<String> excludedSources) {
            return !excludedSources.isEmpty() && sourceOf[candidate] != null && excludedSources.contains(sourceOf[candidate]);
        }

        private boolean firstSight(int candidate) {
            int mask = seen.length - 1;
            int at = (candidate * 0x9E3779B9) >>> 7 & mask;
            while (seen[at] >= 0) {
                if (seen[at] == candidate) {
                    return false;
                }
                at = (at + 1) & mask;
            }
            seen[at] = candidate;
            return true;
        }

        /** The pair's match weight, summed in the batch scorer's order so it is the same number. */
        private double score(int record) {
            double total = model.priorWeight();
            for (int c = 0; c < evaluators.length; c++) {
                int level = level(c, record);
                total += weights[c][level];
                if (LevelWeights.adjusted(tfLog2U, c, level)) {
                    total += termFrequency(c, level, record);
                }
            }
            return total;
        }

        private int level(int c, int record) {
            int[] raw = evaluators[c].column().rawId;
            return evaluators[c].level(row, record, raw[row], raw[record], context);
        }

        /** As the batch scorer: agreeing on a rare value counts for more, by the rarer of the two frequencies. */
        private double termFrequency(int c, int level, int record) {
            if (!LevelWeights.adjusted(tfLog2U, c, level)) {
                return 0;
            }
            FieldColumn column = evaluators[c].column();
            return tfLog2U[c][level] - Math.max(column.currentLog2Frequency(row), column.currentLog2Frequency(record));
        }

        private Candidate candidate(int record, double weight) {
            List<Detail> details = new ArrayList<>();
            for (int c = 0; c < evaluators.length; c++) {
                Comparison comparison = model.comparisons().get(c);
                int level = level(c, record);
                double levelWeight = weights[c][level] + termFrequency(c, level, record);
                details.add(new Detail(comparison.name(), comparison.field(), comparison.otherField(),
                        comparison.scoredLevel(level).label(), level, levelWeight,
                        agreement(c, level)));
            }
            return new Candidate(sourceOf[record], recordIdOf[record], weight, Scorer.probability(weight), List.copyOf(details));
        }

        private FieldAgreement agreement(int c, int level) {
            if (level == 0) {
                return evaluators[c].column().isNull(row) ? FieldAgreement.NOT_GIVEN : FieldAgreement.NOT_HELD;
            }
            return switch (model.comparisons().get(c).scoredLevel(level).kind()) {
                // the postcode agreed though the address was not given: agreed, as far as the query goes
                case EXACT, NORMALISED_EXACT, EXACT_AND_OTHER_EXACT, EXACT_AND_OTHER_NUMBERS, EXACT_OTHER_UNKNOWN -> FieldAgreement.AGREED;
                case ELSE -> FieldAgreement.DIFFERED;
                // a nickname, a typo, a nearby date or postcode: said as such even where the model weighs it little
                default -> FieldAgreement.PARTLY_AGREED;
            };
        }
    }

    /** The best {@code limit} rows seen so far, by weight (ties: the lower row, so order of sight does not matter). */
    private static final class Ranking {
        private final int[] rows;
        private final double[] weights;
        private int size;

        Ranking(int limit) {
            rows = new int[Math.max(0, limit)];
            weights = new double[rows.length];
        }

        void offer(int row, double weight) {
            if (rows.length == 0 || (size == rows.length && (weight < weights[size - 1]
                    || (weight == weights[size - 1] && row > rows[size - 1])))) {
                return;
            }
            int at = size == rows.length ? size - 1 : size++;
            while (at > 0 && (weights[at - 1] < weight || (weights[at - 1] == weight && rows[at - 1] > row))) {
                rows[at] = rows[at - 1];
                weights[at] = weights[at - 1];
                at--;
            }
            rows[at] = row;
            weights[at] = weight;
        }

        int size() {
            return size;
        }

        int row(int i) {
            return rows[i];
        }

        double weight(int i) {
            return weights[i];
        }
    }
}
