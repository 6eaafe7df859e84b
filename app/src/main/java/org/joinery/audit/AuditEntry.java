package org.joinery.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/**
 * One entry of the audit log: who, on behalf of which organisation, when, what, why, and under which rule; since
 * migration V18 also how (the channel) and, for a search, what for and whom it showed.
 *
 * @param channel         {@link Channel} name, or null (no web request, or written before V18)
 * @param searchTerms     a search's "field:hash" terms separated by spaces, or null
 * @param shownJoineryIds the Joinery IDs a search showed, in order, separated by commas; empty if it showed none;
 *                        null when the entry is not a search's
 */
public record AuditEntry(
        long seq,
        Instant occurredAt,
        UUID actorUserId,
        String actorUsername,
        UUID actorOrganisationId,
        String action,
        String category,
        String subjectId,
        String recordId,
        UUID dataOrganisationId,
        String purpose,
        boolean allowed,
        String rule,
        String reason,
        String prevHash,
        String hash,
        String channel,
        String searchTerms,
        String shownJoineryIds) {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    /** An entry without the details V18 added, as every entry before it. */
    public AuditEntry(long seq, Instant occurredAt, UUID actorUserId, String actorUsername, UUID actorOrganisationId,
            String action, String category, String subjectId, String recordId, UUID dataOrganisationId, String purpose,
            boolean allowed, String rule, String reason, String prevHash, String hash) {
        this(seq, occurredAt, actorUserId, actorUsername, actorOrganisationId, action, category, subjectId, recordId,
                dataOrganisationId, purpose, allowed, rule, reason, prevHash, hash, null, null, null);
    }

    /** The hash this entry should carry, computed from its content and the previous entry's hash. */
    public String expectedHash() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * The text that is hashed. It must name exactly one entry: each field is its length, a colon
     * and its text, so no field's text can pass for a field boundary, and an absent field is a
     * single "~", which no length-prefixed text can be. The time is seconds, a point and six
     * digits of microseconds, so that 0.05 s and 0.000005 s differ.
     *
     * <p>The details V18 added (channel, search terms, Joinery IDs shown) follow, the three of them, only when one
     * is present: an entry written before V18 hashes as it always did, and an entry with any detail has text after
     * the previous hash, which no entry without details has, so removing, adding or changing a detail breaks the hash.
     */
    public String canonical() {
        StringBuilder text = new StringBuilder(256);
        append(text, seq, String.format(Locale.ROOT, "%d.%06d", occurredAt.getEpochSecond(), occurredAt.getNano() / 1000),
                actorUserId, actorUsername, actorOrganisationId, action, category, subjectId, recordId,
                dataOrganisationId, purpose, allowed, rule, reason, prevHash);
        if (channel != null || searchTerms != null || shownJoineryIds != null) {
            append(text, channel, searchTerms, shownJoineryIds);
        }
        return text.toString();
    }

    private static void append(StringBuilder text, Object... fields) {
        for (Object field : fields) {
            if (field == null) {
                text.append('~');
            } else {
                String value = field.toString();
                text.append(value.length()).append(':').append(value);
            }
        }
    }

    /** This entry carrying the given hash. */
    public AuditEntry withHash(String newHash) {
        return new AuditEntry(seq, occurredAt, actorUserId, actorUsername, actorOrganisationId, action, category,
                subjectId, recordId, dataOrganisationId, purpose, allowed, rule, reason, prevHash, newHash, channel,
                searchTerms, shownJoineryIds);
    }
}
