package org.joinery.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
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
        String canonical = String.join("\u001f",
                Long.toString(seq),
                Long.toString(occurredAt.getEpochSecond()) + "." + occurredAt.getNano() / 1000,
                String.valueOf(actorUserId), actorUsername, String.valueOf(actorOrganisationId),
                action, category, String.valueOf(subjectId), String.valueOf(recordId),
                String.valueOf(dataOrganisationId), purpose, Boolean.toString(allowed), rule, reason,
                prevHash);
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    AuditEntry withHash(String newHash) {
        return new AuditEntry(seq, occurredAt, actorUserId, actorUsername, actorOrganisationId, action, category,
                subjectId, recordId, dataOrganisationId, purpose, allowed, rule, reason, prevHash, newHash);
    }
}
