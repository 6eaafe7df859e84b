package org.joinery.sources.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.joinery.access.Action;
import org.joinery.access.DataCategory;
import org.joinery.access.Grant;
import org.joinery.access.Purpose;
import org.joinery.linkage.model.PersonField;
import org.joinery.sources.CurrentRecord;
import org.joinery.sources.FrontDoorRecords;
import org.joinery.sources.Source;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The front-door sources and their one-record batches (in source and import_batch); the records themselves go
 * through {@link ExtractStore}, like any extract's.
 */
@Component
class FrontDoorStore implements FrontDoorRecords {

    /** The channel of a front-door batch (one record each), beside uploads and the API. */
    static final String CHANNEL = "FRONT_DOOR";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final ExtractStore store;
    private final SourceStore sources;
    private final Clock clock;

    FrontDoorStore(JdbcClient jdbc, ExtractStore store, SourceStore sources, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.sources = sources;
        this.clock = clock;
    }

    @Override
    @Transactional
    public CurrentRecord register(Grant grant, Map<PersonField, String> details) {
        grant.require(DataCategory.IDENTITY, Action.WRITE, Purpose.DIRECT_CARE);
        UUID organisationId = grant.request().data().organisationId();
        if (organisationId == null) {
            throw new IllegalStateException("A front-door registration must name the practitioner's organisation");
        }
        Source source = sourceOf(organisationId);
        String key = "FD-" + UUID.randomUUID().toString().substring(0, 13).toUpperCase(java.util.Locale.ROOT);
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("record_key", key);
        String[] fields = new String[PersonField.values().length];
        details.forEach((field, value) -> {
            fields[field.ordinal()] = value;
            raw.put(field.jsonName(), value);
        });
        String rawJson = JSON.writeValueAsString(raw);
        String hash = sha256(rawJson);
        UUID batch = UUID.randomUUID();
        var now = clock.instant();
        jdbc.sql("""
                insert into import_batch (id, source_id, checksum, file_name, channel, received_at, received_by, rows_total,
                                          rows_new, rows_changed, rows_unchanged, rows_withdrawn)
                values (?, ?, ?, null, ?, ?, ?, 1, 1, 0, 0, 0)
                """).params(batch, source.id(), sha256(batch + rawJson), CHANNEL, Timestamp.from(now),
                grant.request().actor().username()).update();
        LocalDate today = LocalDate.now(clock);
        long id = store.addFrontDoorRecord(grant, source.id(), batch, key, fields, rawJson, hash, today, now);
        return new CurrentRecord(id, source.id(), key, fields, today, null);
    }

    /** The organisation's front-door source, registered now if it has none (two at once: the first one wins). */
    private Source sourceOf(UUID organisationId) {
        String name = SOURCE_PREFIX + organisationId;
        return sources.named(name).orElseGet(() -> {
            try {
                Timestamp now = Timestamp.from(clock.instant());
                jdbc.sql("""
                        insert into source (id, organisation_id, name, title, mapping_json, sensitive, lawful_basis, contact,
                                            created_at, updated_at)
                        values (?, ?, ?, 'Front door registrations', ?, false, ?, ?, ?, ?)
                        """).params(UUID.randomUUID(), organisationId, name, mappingJson(name),
                        "UK GDPR Article 6(1)(e) public task", "The practitioner who registered the resident", now, now)
                        .update();
            } catch (DuplicateKeyException registeredMeanwhile) {
                // another practitioner of the organisation registered it first: use theirs
            }
            return sources.named(name).orElseThrow();
        });
    }

    /** A front-door record holds the person schema's fields under their own names. */
    private static String mappingJson(String name) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (PersonField field : PersonField.values()) {
            fields.put(field.jsonName(), field.jsonName());
        }
        Map<String, Object> mapping = new LinkedHashMap<>();
        mapping.put("version", 1);
        mapping.put("source", name);
        mapping.put("recordId", "record_key");
        mapping.put("dateFormats", java.util.List.of("yyyy-MM-dd"));
        mapping.put("fields", fields);
        return JSON.writeValueAsString(mapping);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
