package org.joinery.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds SQL that names a personal-data table anywhere but in the store that owns it. ArchUnit sees
 * method calls, not SQL strings, so this reads the source: a table name right after from, join,
 * into, update, table or truncate counts as SQL touching it. Comments are ignored. Migrations are
 * not scanned: they define the tables, they do not read or write personal data.
 */
final class PersonalDataSql {

    private static final Pattern COMMENTS = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);

    private final Map<String, Path> ownerByTable;
    private final Pattern sql;

    /** @param ownerByTable each personal-data table and the source file of the store that owns it */
    PersonalDataSql(Map<String, Path> ownerByTable) {
        this.ownerByTable = Map.copyOf(ownerByTable);
        String tables = ownerByTable.keySet().stream().map(Pattern::quote).collect(Collectors.joining("|"));
        this.sql = Pattern.compile("\\b(?:from|join|into|update|table|truncate)\\s+(?:only\\s+)?(?:\\w+\\.)?\"?(" + tables + ")\"?\\b",
                Pattern.CASE_INSENSITIVE);
    }

    /** One finding, worded to say what to do about it. */
    record Violation(Path file, int line, String table, Path owner) {
        @Override
        public String toString() {
            return file + ":" + line + " names the personal-data table " + table + " in SQL, but only "
                    + owner.getFileName() + " (its @PersonalDataStore) may. Call a method of that store with a Grant "
                    + "from the AccessGate, or add the query to the store.";
        }
    }

    List<Violation> scan(Path sourceRoot) {
        List<Violation> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                if (!file.toAbsolutePath().normalize().toString().contains("/db/migration/")) {
                    found.addAll(scanFile(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the sources in " + sourceRoot, e);
        }
        return found;
    }

    private List<Violation> scanFile(Path file) throws IOException {
        String source = Files.readString(file);
        // Blank out comments but keep their newlines, so line numbers stay right.
        Matcher comments = COMMENTS.matcher(source);
        StringBuilder code = new StringBuilder();
        while (comments.find()) {
            comments.appendReplacement(code, Matcher.quoteReplacement(comments.group().replaceAll("[^\\n]", " ")));
        }
        comments.appendTail(code);
        List<Violation> found = new ArrayList<>();
        Matcher match = sql.matcher(code);
        while (match.find()) {
            String table = match.group(1).toLowerCase(java.util.Locale.ROOT);
            Path owner = ownerByTable.get(table);
            if (!Files.isSameFile(owner, file)) {
                int line = (int) code.substring(0, match.start()).chars().filter(c -> c == '\n').count() + 1;
                found.add(new Violation(file, line, table, owner));
            }
        }
        return found;
    }
}
