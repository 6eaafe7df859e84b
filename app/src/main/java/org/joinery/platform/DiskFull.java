package org.joinery.platform;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises a failure to write because the disk holding the database is full, wherever it surfaces: the operating
 * system's error inside the embedded database's exception chain (no space left, file too large, quota exceeded), or
 * PostgreSQL's {@code disk_full} (SQLSTATE 53100).
 */
public final class DiskFull {

    /** PostgreSQL's SQLSTATE for disk_full. */
    static final String POSTGRES_DISK_FULL = "53100";

    private static final String[] MESSAGES = {"no space left on device", "file too large", "disk quota exceeded",
        "not enough space on the disk"};

    private DiskFull() {
    }

    /** The operating system's or database's own words for the full disk, if that is what this failure comes from. */
    public static Optional<String> cause(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof SQLException sql && POSTGRES_DISK_FULL.equals(sql.getSQLState())) {
                return Optional.of(String.valueOf(sql.getMessage()));
            }
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            for (String words : MESSAGES) {
                if (message.contains(words)) {
                    return Optional.of(t.getMessage());
                }
            }
        }
        return Optional.empty();
    }
}
