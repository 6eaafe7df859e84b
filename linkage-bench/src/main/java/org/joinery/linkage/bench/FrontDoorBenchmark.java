package org.joinery.linkage.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.joinery.linkage.Linkage;
import org.joinery.linkage.data.Records;
import org.joinery.linkage.live.Candidate;
import org.joinery.linkage.live.LiveIndex;
import org.joinery.linkage.live.SearchResult;
import org.joinery.linkage.model.Model;
import org.joinery.linkage.model.PersonField;

/**
 * How fast the front door answers: a live index of all the records, then many realistic queries, each timed
 * on its own (one thread, as one practitioner's request is): what a resident says at the front door, taken
 * from a record with its errors (typos, nicknames, swapped dates, moves) and given in part — name and date
 * of birth, name and postcode, everything, an identifier alone — plus people nobody knows.
 */
public final class FrontDoorBenchmark {

    /** What was measured. Times in milliseconds unless named otherwise. */
    public record Report(int records, double trainSeconds, double buildSeconds, long indexHeapBytes, int queries,
                         int noMatchQueries, double p50, double p95, double p99, double max, double cpuP50, double cpuP99,
                         double cpuMax, double meanScored,
                         double narrowedShare, double foundInTopFive, double loadAverage, int processors) {

        public String toText() {
            StringBuilder text = new StringBuilder();
            text.append(String.format(Locale.ROOT, "records in the live index        %,d%n", records));
            text.append(String.format(Locale.ROOT, "model trained in                 %.1f s (not counted)%n", trainSeconds));
            text.append(String.format(Locale.ROOT, "index built in                   %.2f s%n", buildSeconds));
            text.append(String.format(Locale.ROOT, "index heap (after GC)            %,.0f MiB (beyond the records' own strings)%n",
                    indexHeapBytes / 1048576.0));
            text.append(String.format(Locale.ROOT, "queries timed                    %,d (%,d of people nobody knows)%n", queries,
                    noMatchQueries));
            text.append(String.format(Locale.ROOT, "latency p50 %.3f ms, p95 %.3f ms, p99 %.3f ms, max %.3f ms%n", p50, p95, p99,
                    max));
            text.append(String.format(Locale.ROOT, "CPU time per query p50 %.3f ms, p99 %.3f ms, max %.3f ms (what the load "
                    + "of other processes does not change)%n", cpuP50, cpuP99, cpuMax));
            text.append(String.format(Locale.ROOT, "records scored per query (mean)  %.0f; narrowed %.1f%% of queries%n",
                    meanScored, 100 * narrowedShare));
            if (!Double.isNaN(foundInTopFive)) {
                text.append(String.format(Locale.ROOT, "true person in the top five      %.1f%% of queries of known people%n",
                        100 * foundInTopFive));
            }
            text.append(String.format(Locale.ROOT, "machine                          %d processors, load average %.2f%n",
                    processors, loadAverage));
            return text.toString();
        }
    }

    private FrontDoorBenchmark() {
    }

    public static Report run(Records records, Model settings, int queries, long seed, Consumer<String> progress) {
        long start = System.nanoTime();
        Linkage linkage = new Linkage(records, settings, progress);
        Model model = linkage.train(linkage.narrowBlocking(settings));
        double trainSeconds = (System.nanoTime() - start) / 1e9;
        linkage = null;
        long heapBefore = usedHeapAfterGc();
        start = System.nanoTime();
        LiveIndex index = LiveIndex.build(records, model);
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        long indexHeap = usedHeapAfterGc() - heapBefore;
        progress.accept(String.format(Locale.ROOT, "live index of %,d records built in %.2f s", index.size(), buildSeconds));

        SplittableRandom random = new SplittableRandom(seed);
        List<Query> warmUp = queries(records, Math.min(queries, 20_000), random);
        for (Query query : warmUp) {
            index.search(query.values, 10);
        }
        List<Query> timed = queries(records, queries, random);
        double[] millis = new double[timed.size()];
        double[] cpuMillis = new double[timed.size()];
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long scored = 0;
        int narrowed = 0;
        int known = 0;
        int found = 0;
        Map<String, Integer> numbers = new java.util.HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            numbers.put(records.describe(i), i);
        }
        for (int q = 0; q < timed.size(); q++) {
            Query query = timed.get(q);
            long cpu = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            SearchResult result = index.search(query.values, 10);
            millis[q] = (System.nanoTime() - t) / 1e6;
            cpuMillis[q] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
            scored += result.scored();
            narrowed += result.narrowed() ? 1 : 0;
            if (query.truth != null) {
                known++;
                found += foundInTopFive(records, numbers, query.truth, result.candidates()) ? 1 : 0;
            }
        }
        Arrays.sort(millis);
        Arrays.sort(cpuMillis);
        return new Report(index.size(), trainSeconds, buildSeconds, indexHeap, timed.size(), timed.size() - known,
                percentile(millis, 0.50), percentile(millis, 0.95), percentile(millis, 0.99), millis[millis.length - 1],
                percentile(cpuMillis, 0.50), percentile(cpuMillis, 0.99), cpuMillis[cpuMillis.length - 1],
                (double) scored / timed.size(), (double) narrowed / timed.size(), known == 0 ? Double.NaN : (double) found / known,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
    }

    private static boolean foundInTopFive(Records records, Map<String, Integer> numbers, String truth,
                                          List<Candidate> candidates) {
        for (int i = 0; i < Math.min(5, candidates.size()); i++) {
            Integer record = numbers.get(candidates.get(i).source() + ":" + candidates.get(i).recordId());
            if (record != null && truth.equals(records.truth()[record])) {
                return true;
            }
        }
        return false;
    }

    /** A query and the true person it describes (null: nobody known). */
    public record Query(Map<PersonField, String> values, String truth) {
    }

    /** Nine in ten from a record, given in part; one in ten someone nobody knows. */
    public static List<Query> queries(Records records, int count, SplittableRandom random) {
        List<Query> queries = new ArrayList<>(count);
        for (int q = 0; q < count; q++) {
            if (random.nextInt(10) == 0) {
                queries.add(new Query(nobody(random), null));
                continue;
            }
            int record = random.nextInt(records.size());
            Map<PersonField, String> values = new EnumMap<>(PersonField.class);
            List<PersonField> given = switch (random.nextInt(5)) {
                case 0 -> List.of(PersonField.FORENAMES, PersonField.SURNAME, PersonField.DATE_OF_BIRTH);
                case 1 -> List.of(PersonField.FORENAMES, PersonField.SURNAME, PersonField.POSTCODE);
                case 2 -> List.of(PersonField.FORENAMES, PersonField.SURNAME, PersonField.DATE_OF_BIRTH,
                        PersonField.POSTCODE, PersonField.ADDRESS);
                case 3 -> List.of(PersonField.SURNAME, PersonField.DATE_OF_BIRTH);
                default -> List.of(PersonField.NHS_NUMBER, PersonField.NI_NUMBER, PersonField.PHONE, PersonField.EMAIL,
                        PersonField.DATE_OF_BIRTH);
            };
            for (PersonField field : given) {
                String value = records.value(field, record);
                if (value != null) {
                    values.put(field, value);
                }
            }
            queries.add(new Query(values, records.truth() == null ? null : records.truth()[record]));
        }
        return queries;
    }

    private static Map<PersonField, String> nobody(SplittableRandom random) {
        String letters = "bcdfghjklmnpqrstvwxz";
        StringBuilder surname = new StringBuilder("Q");
        for (int i = 0; i < 7; i++) {
            surname.append(i % 2 == 0 ? "aeiouy".charAt(random.nextInt(6)) : letters.charAt(random.nextInt(letters.length())));
        }
        return Map.of(PersonField.FORENAMES, "Zebedee", PersonField.SURNAME, surname.toString(),
                PersonField.DATE_OF_BIRTH, String.format(Locale.ROOT, "%04d-%02d-%02d", 1900 + random.nextInt(20),
                        1 + random.nextInt(12), 1 + random.nextInt(28)),
                PersonField.POSTCODE, "ZZ" + random.nextInt(10) + " " + random.nextInt(10) + "ZZ");
    }

    private static double percentile(double[] sorted, double share) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(share * sorted.length) - 1)];
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
