package org.joinery.linkage.backend;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import org.joinery.linkage.LinkageException;
import org.joinery.linkage.compare.FeatureTable;
import org.joinery.linkage.compare.FieldColumn;
import org.joinery.linkage.data.Records;
import org.joinery.linkage.model.BlockingKey;
import org.joinery.linkage.model.BlockingRule;
import org.joinery.linkage.model.Comparison;
import org.joinery.linkage.model.Level;
import org.joinery.linkage.model.LevelKind;
import org.joinery.linkage.model.Model;
import org.joinery.linkage.model.PersonField;

/**
 * The benchmark baseline: the same blocking rules and comparison levels as SQL in DuckDB, the way Splink runs
 * them (one join per blocking rule excluding pairs of earlier rules, a CASE per comparison, weights summed).
 * It is given the same precomputed features as the Java engine, so the comparison is of engines, not of
 * feature preparation. The connection comes from {@link DuckDb}, which loads the driver at run time: DuckDB
 * is a benchmark-only dependency.
 */
public final class DuckDbBackend implements LinkageBackend {

    private final Connection connection;
    private final Set<PersonField> fields = EnumSet.noneOf(PersonField.class);
    private final long loadNanos;

    public DuckDbBackend(Connection connection, FeatureTable table, Set<PersonField> fieldsUsed) {
        this.connection = connection;
        long start = System.nanoTime();
        for (PersonField field : fieldsUsed) {
            if (table.has(field)) {
                fields.add(field);
            }
        }
        load(table);
        this.loadNanos = System.nanoTime() - start;
    }

    @Override
    public String name() {
        return "DuckDB SQL";
    }

    /** Time taken to load the features into DuckDB (not counted in scoring time). */
    public long loadNanos() {
        return loadNanos;
    }

    private void load(FeatureTable table) {
        Path csv = null;
        try {
            csv = Files.createTempFile("joinery-duckdb", ".csv");
            writeFeatures(table, csv);
            StringJoiner columns = new StringJoiner(", ");
            columns.add("'idx': 'INTEGER'").add("'source': 'INTEGER'").add("'dupfree': 'BOOLEAN'");
            for (PersonField field : fields) {
                String f = field.jsonName();
                for (String[] column : new String[][] {{"raw", "INTEGER"}, {"norm", "INTEGER"}, {"phon", "INTEGER"},
                        {"chars", "VARCHAR"}, {"nick", "VARCHAR"}, {"date", "INTEGER"}, {"epoch", "INTEGER"},
                        {"sector", "INTEGER"}, {"district", "INTEGER"}, {"tf", "DOUBLE"}}) {
                    columns.add("'" + f + "_" + column[0] + "': '" + column[1] + "'");
                }
            }
            StringJoiner lists = new StringJoiner(", ");
            for (PersonField field : fields) {
                lists.add("string_split(" + field.jsonName() + "_nick, ' ') AS " + field.jsonName() + "_nick");
            }
            execute("CREATE OR REPLACE TABLE r AS SELECT * REPLACE (" + lists + ") FROM read_csv('"
                    + csv.toAbsolutePath().toString().replace("'", "''") + "', header = true, nullstr = '', quote = '', columns = {"
                    + columns + "})");
        } catch (IOException e) {
            throw new LinkageException("could not prepare the DuckDB baseline: " + e.getMessage(), e);
        } finally {
            if (csv != null) {
                try {
                    Files.deleteIfExists(csv);
                } catch (IOException ignored) {
                    // a temporary file; the operating system clears it
                }
            }
        }
    }

    private void writeFeatures(FeatureTable table, Path csv) throws IOException {
        Records records = table.records();
        List<FieldColumn> columns = new ArrayList<>();
        StringBuilder header = new StringBuilder("idx,source,dupfree");
        for (PersonField field : fields) {
            columns.add(table.column(field, "the DuckDB baseline"));
            for (String part : new String[] {"raw", "norm", "phon", "chars", "nick", "date", "epoch", "sector", "district", "tf"}) {
                header.append(',').append(field.jsonName()).append('_').append(part);
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write(header.toString());
            out.newLine();
            StringBuilder row = new StringBuilder();
            for (int i = 0; i < records.size(); i++) {
                row.setLength(0);
                row.append(i).append(',').append(records.source()[i]).append(',')
                        .append(records.sources().get(records.source()[i]).duplicateFree());
                for (FieldColumn c : columns) {
                    boolean present = c.normId[i] >= 0;
                    row.append(',').append(present ? c.rawId[i] : "").append(',').append(present ? c.normId[i] : "")
                            .append(',').append(present ? c.phoneticId[i] : "").append(',')
                            .append(present ? new String(c.chars[i]) : "").append(',');
                    if (c.nicknames != null && c.nicknames[i] != null) {
                        StringJoiner groups = new StringJoiner(" ");
                        for (int g : c.nicknames[i]) {
                            groups.add(Integer.toString(g));
                        }
                        row.append(groups);
                    }
                    row.append(',').append(c.date != null && present ? c.date[i] : "")
                            .append(',').append(c.epochDay != null && present ? c.epochDay[i] : "")
                            .append(',').append(c.sectorId != null && c.sectorId[i] >= 0 ? c.sectorId[i] : "")
                            .append(',').append(c.districtId != null && c.districtId[i] >= 0 ? c.districtId[i] : "")
                            .append(',').append(present ? Float.toString(c.log2Frequency[i]) : "");
                }
                out.write(row.toString());
                out.newLine();
            }
        }
    }

    @Override
    public long[] candidatePairs(List<BlockingRule> rules) {
        long[] counts = new long[rules.size()];
        for (int r = 0; r < rules.size(); r++) {
            counts[r] = count("SELECT count(*) FROM r l JOIN r rr ON " + keysEqual(rules.get(r)) + " WHERE " + pairAllowed());
        }
        return counts;
    }

    @Override
    public Result score(Model model, double minimumWeight) {
        String sql = scoringSql(model, minimumWeight);
        long start = System.nanoTime();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return new Result(result.getLong(1), result.getLong(2), System.nanoTime() - start, -1, threads());
        } catch (SQLException e) {
            throw new LinkageException("the DuckDB baseline failed: " + e.getMessage() + "\n" + sql, e);
        }
    }

    /** The SQL that blocks and scores: one branch per rule, excluding pairs an earlier rule generates. */
    public String scoringSql(Model model, double minimumWeight) {
        String weight = weightExpression(model);
        StringJoiner branches = new StringJoiner("\n  UNION ALL\n");
        List<BlockingRule> rules = model.predictionRules();
        for (int r = 0; r < rules.size(); r++) {
            StringBuilder where = new StringBuilder(pairAllowed());
            for (int earlier = 0; earlier < r; earlier++) {
                where.append(" AND NOT coalesce(").append(keysEqual(rules.get(earlier))).append(", false)");
            }
            branches.add("  SELECT " + weight + " AS w FROM r l JOIN r rr ON " + keysEqual(rules.get(r)) + " WHERE " + where);
        }
        return "SELECT count(*), count(*) FILTER (WHERE w >= " + number(minimumWeight) + ") FROM (\n" + branches + "\n) scored";
    }

    private static String pairAllowed() {
        return "l.idx < rr.idx AND NOT (l.source = rr.source AND l.dupfree)";
    }

    private static String keysEqual(BlockingRule rule) {
        StringJoiner equal = new StringJoiner(" AND ", "(", ")");
        for (BlockingKey key : rule.keys()) {
            equal.add(key(key, "l") + " = " + key(key, "rr"));
        }
        return equal.toString();
    }

    private static String key(BlockingKey key, String side) {
        String f = side + "." + key.field().jsonName();
        return switch (key.function()) {
            case VALUE -> f + "_norm";
            case PHONETIC -> f + "_phon";
            case INITIAL -> "substr(" + f + "_chars, 1, 1)";
            case YEAR -> f + "_date // 10000";
            case SECTOR -> f + "_sector";
            case DISTRICT -> f + "_district";
        };
    }

    private static String weightExpression(Model model) {
        StringJoiner sum = new StringJoiner("\n    + ", number(model.priorWeight()) + "\n    + ", "");
        for (Comparison comparison : model.comparisons()) {
            String l = "l." + comparison.field().jsonName();
            String r = "rr." + comparison.field().jsonName();
            StringBuilder cases = new StringBuilder("CASE WHEN " + l + "_norm IS NULL OR " + r + "_norm IS NULL THEN 0");
            List<Level> levels = comparison.levels();
            java.util.Optional<Level> otherUnknown = comparison.otherUnknownLevel();
            for (int k = 1; k < levels.size(); k++) {
                Level level = levels.get(k);
                String weight = weight(level, l, r);
                boolean readsOther = level.kind() == LevelKind.EXACT_AND_OTHER_EXACT || level.kind() == LevelKind.EXACT_AND_OTHER_NUMBERS;
                if (readsOther && otherUnknown.isPresent()) {
                    // as the engine: agreeing with the second field missing on either side is the marginal level
                    cases.append(" WHEN ").append(condition(otherUnknown.get(), comparison, l, r)).append(" THEN ")
                            .append(weight(otherUnknown.get(), l, r));
                    otherUnknown = java.util.Optional.empty();
                }
                if (level.kind() == LevelKind.ELSE) {
                    cases.append(" ELSE ").append(weight);
                } else {
                    cases.append(" WHEN ").append(condition(level, comparison, l, r)).append(" THEN ").append(weight);
                }
            }
            sum.add(cases.append(" END").toString());
        }
        return sum.toString();
    }

    private static String weight(Level level, String l, String r) {
        String weight = number(level.weight());
        return level.termFrequency()
                ? "(" + weight + " + " + number(Level.log2(level.u())) + " - greatest(" + l + "_tf, " + r + "_tf))" : weight;
    }

    private static String condition(Level level, Comparison comparison, String l, String r) {
        double p = level.parameter();
        return switch (level.kind()) {
            case EXACT -> l + "_raw = " + r + "_raw";
            case NORMALISED_EXACT -> l + "_norm = " + r + "_norm";
            case JARO_WINKLER -> "jaro_winkler_similarity(" + l + "_chars, " + r + "_chars) >= " + number(p);
            case DAMERAU_LEVENSHTEIN -> "damerau_levenshtein(" + l + "_chars, " + r + "_chars) <= " + (int) p;
            case PHONETIC -> l + "_phon = " + r + "_phon";
            case NICKNAME -> "coalesce(list_has_any(" + l + "_nick, " + r + "_nick), false)";
            case SWAP -> {
                String lo = "l." + comparison.swapWith().jsonName();
                String ro = "rr." + comparison.swapWith().jsonName();
                yield "coalesce(" + lo + "_chars = " + r + "_chars AND " + l + "_chars = " + ro + "_chars, false)";
            }
            case INITIAL -> "(length(" + l + "_chars) = 1 OR length(" + r + "_chars) = 1) AND substr(" + l
                    + "_chars, 1, 1) = substr(" + r + "_chars, 1, 1)";
            case DAY_MONTH_SWAPPED -> l + "_date // 10000 = " + r + "_date // 10000 AND " + l + "_date % 100 = (" + r
                    + "_date // 100) % 100 AND (" + l + "_date // 100) % 100 = " + r + "_date % 100 AND " + l + "_date <> "
                    + r + "_date";
            case ONE_DIGIT_OFF -> "hamming(" + l + "_chars, " + r + "_chars) = 1";
            case WITHIN_YEARS -> "abs(" + l + "_epoch - " + r + "_epoch) <= " + number(p * 365.25);
            case POSTCODE_SECTOR -> l + "_sector = " + r + "_sector";
            case POSTCODE_DISTRICT -> l + "_district = " + r + "_district";
            case EXACT_AND_OTHER_EXACT -> l + "_norm = " + r + "_norm AND coalesce(" + other("l", comparison)
                    + "_norm = " + other("rr", comparison) + "_norm, false)";
            case EXACT_AND_OTHER_NUMBERS -> l + "_norm = " + r + "_norm AND coalesce(" + numbers("l", comparison)
                    + " <> '' AND " + numbers("l", comparison) + " = " + numbers("rr", comparison) + ", false)";
            case EXACT_OTHER_UNKNOWN -> l + "_norm = " + r + "_norm AND (" + other("l", comparison) + "_norm IS NULL OR "
                    + other("rr", comparison) + "_norm IS NULL)";
            case NULL, ELSE -> "true";
        };
    }

    private static String other(String side, Comparison comparison) {
        return side + "." + comparison.otherField().jsonName();
    }

    /** The runs of digits, each ended by a space, as {@code HouseNumbers} compares them. */
    private static String numbers(String side, Comparison comparison) {
        return "trim(regexp_replace(" + other(side, comparison) + "_chars, '[^0-9]+', ' ', 'g'))";
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.10f", value);
    }

    private int threads() {
        try {
            return (int) count("SELECT current_setting('threads')");
        } catch (LinkageException e) {
            return -1;
        }
    }

    private long count(String sql) {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new LinkageException("the DuckDB baseline failed: " + e.getMessage(), e);
        }
    }

    private void execute(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new LinkageException("the DuckDB baseline failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new LinkageException("could not close DuckDB", e);
        }
    }
}
