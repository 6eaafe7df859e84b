package org.joinery.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/** One entry of the audit log: who, on behalf of which organisation, when, what, why, and under which rule. */
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
        String hash) {

    static final String GENESIS = "0".repeat(64);

    /** The hash this entry should carry, computed from its content and the previous entry's hash. */
    String expectedHash() {
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
     */
    String canonical() {
        StringBuilder text = new StringBuilder(256);
        for (Object field : new Object[] {seq, String.format(Locale.ROOT, "%d.%06d", occurredAt.getEpochSecond(), occurredAt.getNano() / 1000),
                actorUserId, actorUsername, actorOrganisationId, action, category, subjectId, recordId,
                dataOrganisationId, purpose, allowed, rule, reason, prevHash}) {
            if (field == null) {
                text.append('~');
            } else {
                String value = field.toString();
                text.append(value.length()).append(':').append(value);
            }
        }
        return text.toString();
    }

    AuditEntry withHash(String newHash) {
        return new AuditEntry(seq, occurredAt, actorUserId, actorUsername, actorOrganisationId, action, category,
                subjectId, recordId, dataOrganisationId, purpose, allowed, rule, reason, prevHash, newHash);
    }
}
