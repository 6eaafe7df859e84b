package org.joinery.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Generates a demo borough into a folder: one CSV extract per source (extracts/), the truth file
 * (truth/records.csv), summary figures (summary/) and manifest.json.
 *
 * <p>Residents are made in blocks. Each block's records are made on worker threads from streams
 * seeded by position, shuffled within the block (so a file's order reveals nothing about who is
 * who) and written in block order, so output is byte-identical whatever the threads do, and memory
 * stays flat however many residents there are. The borough is built in a sibling folder and moved
 * into place only when complete, so a failed run leaves nothing behind.
 */
public final class Borough {

    public static final String GENERATOR_VERSION = "1";
    public static final String MANIFEST = "manifest.json";
    static final String TRUTH_FILE = "truth/records.csv";
    private static final int BLOCK = 25_000;
    private static final long SHUFFLE_PURPOSE = 300;
    private static final long PROGRESS_EVERY_NANOS = 2_000_000_000L;

    private Borough() {
    }

    /** What a generation made. */
    public record Result(Path folder, long households, List<WrittenFile> files, boolean generated) {

        public long rows() {
            return files.stream().filter(file -> file.path().startsWith("extracts/")).mapToLong(WrittenFile::rows).sum();
        }
    }

    /** True if the folder holds a complete borough generated with exactly these options. */
    public static boolean isGenerated(BoroughOptions options, Path folder) {
        Path manifest = folder.resolve(MANIFEST);
        try {
            return Files.isRegularFile(manifest) && options.canonical().equals(Manifest.optionsIn(manifest));
        } catch (IOException e) {
            return false;
        }
    }

    /** Generates the borough unless the folder already holds one made with these options. */
    public static Result generateUnlessPresent(BoroughOptions options, Path folder, BoroughProgress progress) throws IOException {
        if (isGenerated(options, folder)) {
            return new Result(folder, 0, List.of(), false);
        }
        return generate(options, folder, progress, true);
    }

    /**
     * Generates the borough into {@code folder}, which must be absent or empty unless
     * {@code replace} is set; even then only a folder holding an earlier borough is replaced.
     *
     * @throws InvalidBoroughOptions if the folder cannot be used; nothing is written then
     */
    public static Result generate(BoroughOptions options, Path folder, BoroughProgress progress, boolean replace) throws IOException {
        Path target = folder.toAbsolutePath().normalize();
        checkFolder(target, replace);
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path building = parent.resolve("." + target.getFileName() + ".building");
        deleteTree(building);
        Files.createDirectories(building);
        try {
            Result result = build(options, building, progress);
            if (Files.exists(target)) {
                deleteTree(target);
            }
            Files.move(building, target, StandardCopyOption.ATOMIC_MOVE);
            return new Result(target, result.households(), result.files(), true);
        } finally {
            deleteTree(building);
        }
    }

    private static void checkFolder(Path target, boolean replace) throws IOException {
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new InvalidBoroughOptions("--out " + target + " is a file, not a folder. Give a new or empty folder.");
        }
        if (Files.isDirectory(target)) {
            boolean empty;
            try (Stream<Path> entries = Files.list(target)) {
                empty = entries.findAny().isEmpty();
            }
            if (!empty && !replace) {
                throw new InvalidBoroughOptions("--out " + target + " is not empty. Give a new or empty folder, or add --force to replace"
                        + " a borough generated there before.");
            }
            if (!empty && !Files.isRegularFile(target.resolve(MANIFEST))) {
                throw new InvalidBoroughOptions("--out " + target + " holds files that are not a generated borough (it has no "
                        + MANIFEST + "), so they will not be replaced. Give a new or empty folder.");
            }
        }
        Path existing = target.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
            throw new InvalidBoroughOptions("--out " + target + " cannot be written: " + existing
                    + " is not a folder this user may write to. Choose a folder you can write to.");
        }
    }

    /** What the workers make of one block of residents. */
    private record Block(List<List<String[]>> rows, List<List<String>> truth, SummaryCounts summary, ErrorTally tally) {
    }

    private static Result build(BoroughOptions options, Path folder, BoroughProgress progress) throws IOException {
        long started = System.nanoTime();
        long seed = options.seed();
        List<SyntheticSource> sources = options.sources();
        ErrorRates rates = new ErrorRates(options.errorRates());
        Households households = new Households(seed);
        DomainModel domains = new DomainModel(seed);
        Extracts extracts = new Extracts(seed, sources, rates);
        Files.createDirectories(folder.resolve("extracts"));
        Files.createDirectories(folder.resolve("truth"));
        Files.createDirectories(folder.resolve("summary"));

        List<CsvWriter> writers = new ArrayList<>();
        List<RecordIds> ids = new ArrayList<>();
        for (SyntheticSource source : sources) {
            writers.add(new CsvWriter(folder.resolve("extracts").resolve(source.slug() + ".csv"), source.header()));
            ids.add(new RecordIds(seed, source));
        }
        CsvWriter truth = new CsvWriter(folder.resolve(TRUTH_FILE), new String[] {"source", "record_id", "resident_id", "errors"});
        SummaryCounts summary = new SummaryCounts();
        ErrorTally tally = new ErrorTally();
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "borough-worker");
            thread.setDaemon(true);
            return thread;
        });
        Deque<Future<Block>> pending = new ArrayDeque<>();
        long household = 0;
        long done = 0;
        long rowsWritten = 0;
        long lastReport = started;
        try {
            int blockIndex = 0;
            int nextResident = 0;
            while (nextResident < options.residents() || !pending.isEmpty()) {
                while (nextResident < options.residents() && pending.size() <= threads) {
                    List<Resident> block = new ArrayList<>(BLOCK + 8);
                    List<Boolean> heads = new ArrayList<>(BLOCK + 8);
                    while (block.size() < BLOCK && nextResident < options.residents()) {
                        List<Resident> members = households.build(household++, nextResident);
                        int room = (int) Math.min(members.size(), options.residents() - nextResident);
                        for (int i = 0; i < room; i++) {
                            block.add(members.get(i));
                            heads.add(i == 0);
                        }
                        nextResident += room;
                    }
                    int index = blockIndex++;
                    pending.add(workers.submit(() -> makeBlock(block, heads, index, seed, sources, domains, extracts)));
                }
                Block block = await(pending.removeFirst());
                for (int s = 0; s < sources.size(); s++) {
                    CsvWriter writer = writers.get(s);
                    SyntheticSource source = sources.get(s);
                    List<String[]> rows = block.rows().get(s);
                    List<String> residents = block.truth().get(s);
                    for (int i = 0; i < rows.size(); i++) {
                        String[] row = rows.get(i);
                        row[0] = source.recordId(ids.get(s).of(writer.rows()));
                        writer.write(row);
                        String[] truthRow = residents.get(i).split("\t", 2);
                        truth.write(source.slug(), row[0], truthRow[0], truthRow[1]);
                    }
                    rowsWritten += rows.size();
                }
                summary.add(block.summary());
                tally.add(block.tally());
                done += sum(block.summary());
                long now = System.nanoTime();
                if (now - lastReport >= PROGRESS_EVERY_NANOS && done < options.residents()) {
                    progress.update(done, options.residents(), rowsWritten, now - started);
                    lastReport = now;
                }
            }
        } finally {
            workers.shutdownNow();
            for (CsvWriter writer : writers) {
                writer.close();
            }
            truth.close();
        }
        List<WrittenFile> files = new ArrayList<>();
        List<WrittenFile> extractFiles = new ArrayList<>();
        for (int s = 0; s < sources.size(); s++) {
            WrittenFile file = new WrittenFile("extracts/" + sources.get(s).slug() + ".csv", writers.get(s).rows(), writers.get(s).sha256());
            extractFiles.add(file);
        }
        files.addAll(extractFiles);
        WrittenFile truthFile = new WrittenFile(TRUTH_FILE, truth.rows(), truth.sha256());
        files.add(truthFile);
        WrittenFile[] summaryFiles = summary.write(folder.resolve("summary"));
        files.addAll(List.of(summaryFiles));
        Manifest.write(folder.resolve(MANIFEST), options, household, extractFiles, truthFile, summaryFiles, rates, tally);
        progress.update(options.residents(), options.residents(), rowsWritten, System.nanoTime() - started);
        return new Result(folder, household, List.copyOf(files), true);
    }

    private static long sum(SummaryCounts counts) {
        long total = 0;
        for (long[] ward : counts.people) {
            total += ward[0];
        }
        return total;
    }

    private static Block makeBlock(List<Resident> residents, List<Boolean> heads, int index, long seed, List<SyntheticSource> sources,
            DomainModel domains, Extracts extracts) {
        List<List<SourceRecord>> bySource = new ArrayList<>();
        for (int s = 0; s < sources.size(); s++) {
            bySource.add(new ArrayList<>());
        }
        SummaryCounts summary = new SummaryCounts();
        ErrorTally tally = new ErrorTally();
        for (int i = 0; i < residents.size(); i++) {
            Resident resident = residents.get(i);
            domains.assign(resident);
            summary.count(resident, heads.get(i));
            extracts.recordsOf(resident, bySource, tally);
        }
        List<List<String[]>> rows = new ArrayList<>();
        List<List<String>> truth = new ArrayList<>();
        for (int s = 0; s < sources.size(); s++) {
            SyntheticSource source = sources.get(s);
            List<SourceRecord> records = bySource.get(s);
            shuffle(records, SplitRandom.of(seed, SHUFFLE_PURPOSE + source.ordinal(), index));
            List<String[]> sourceRows = new ArrayList<>(records.size());
            List<String> sourceTruth = new ArrayList<>(records.size());
            for (SourceRecord record : records) {
                sourceRows.add(source.row(record));
                sourceTruth.add(record.resident.id + "\t" + record.errors);
            }
            rows.add(sourceRows);
            truth.add(sourceTruth);
        }
        return new Block(rows, truth, summary, tally);
    }

    private static <T> void shuffle(List<T> items, SplitRandom random) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T item = items.get(i);
            items.set(i, items.get(j));
            items.set(j, item);
        }
    }

    private static Block await(Future<Block> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Generation was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException("Generation failed", e.getCause());
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
