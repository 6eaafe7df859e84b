package org.joinery.sources;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.joinery.access.Actor;
import org.joinery.linkage.LinkageException;
import org.joinery.linkage.data.RowMapper;
import org.joinery.linkage.model.SourceMapping;
import org.joinery.organisations.NotYourOrganisation;
import org.joinery.organisations.OrganisationAdministration;
import org.joinery.organisations.Organisations;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Registers sources: an organisation's administrators for their own organisation, host administrators for any,
 * and Joinery itself (the demo seed). A source describes a dataset, not people, so no grant is needed.
 */
@Service
public class SourceRegistration {

    /** Lower-case words joined by hyphens: the name appears in addresses (/sources/{name}). */
    public static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    // Addresses under /sources that are pages, not sources.
    private static final java.util.Set<String> RESERVED = java.util.Set.of("new", "api-keys");

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final Sources sources;
    private final Clock clock;

    SourceRegistration(JdbcClient jdbc, Organisations organisations, Sources sources, Clock clock) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.sources = sources;
        this.clock = clock;
    }

    /** Whether the actor may register and import sources of the organisation. */
    public static boolean mayManage(Actor actor, UUID organisationId) {
        return actor.isSystem() || OrganisationAdministration.administers(actor, organisationId);
    }

    /**
     * @throws InvalidSource naming every problem with the details or the mapping; nothing is registered
     * @throws NotYourOrganisation unless the actor administers the organisation
     */
    public Source register(Actor actor, NewSource source) {
        if (source.organisationId() != null && !mayManage(actor, source.organisationId())) {
            throw new NotYourOrganisation(actor.username(), source.organisationId());
        }
        List<InvalidSource.Problem> problems = check(source);
        if (!problems.isEmpty()) {
            throw new InvalidSource(problems);
        }
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        try {
            jdbc.sql("""
                    insert into source (id, organisation_id, name, title, mapping_json, opened_column, closed_column,
                                        sensitive, lawful_basis, contact, created_at, updated_at, columns_json)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, source.organisationId(), source.name(), source.title().strip(), source.mappingJson(),
                            blankToNull(source.openedColumn()), blankToNull(source.closedColumn()), source.sensitive(),
                            source.lawfulBasis().strip(), source.contact().strip(), now, now,
                            source.columns().isEmpty() ? null : SourceColumns.json(source.columns()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new InvalidSource(List.of(new InvalidSource.Problem("name", "sources.name.taken", source.name())));
        }
        return sources.find(id).orElseThrow();
    }

    /** The mapping as the engine reads it, or a problem saying what is wrong with it. */
    public static SourceMapping mapping(String name, String json) {
        return SourceMapping.read(json, "of source " + name, null);
    }

    /**
     * What is wrong with a mapping for the source, each problem on the field mappingJson saying where and what to
     * do; none when it can be used.
     *
     * @param columns the source's columns (a sample's header), or empty when not known yet
     */
    public static List<InvalidSource.Problem> mappingProblems(String name, String json, List<String> columns) {
        if (json == null || json.isBlank()) {
            return List.of(new InvalidSource.Problem("mappingJson", "sources.mappingJson.missing"));
        }
        SourceMapping mapping;
        try {
            mapping = mapping(name, json);
        } catch (LinkageException e) {
            return List.of(new InvalidSource.Problem("mappingJson", "sources.mappingJson.invalid", e.getMessage()));
        }
        List<InvalidSource.Problem> problems = new ArrayList<>();
        if (!mapping.source().equals(name)) {
            problems.add(new InvalidSource.Problem("mappingJson", "sources.mappingJson.otherSource",
                    RowMapper.quoted(mapping.source()), name));
        }
        // Every batch would be refused (or fail) for a column the source does not send.
        List<String> missing = columns.isEmpty() ? List.of() : RowMapper.missingColumns(mapping, columns);
        if (!missing.isEmpty()) {
            problems.add(new InvalidSource.Problem("mappingJson", "sources.mappingJson.unknownColumns",
                    String.join(", ", missing.stream().map(RowMapper::quoted).toList())));
        }
        return problems;
    }

    private List<InvalidSource.Problem> check(NewSource source) {
        List<InvalidSource.Problem> problems = new ArrayList<>();
        if (source.name() == null || source.name().isBlank()) {
            problems.add(new InvalidSource.Problem("name", "sources.name.missing"));
        } else if (source.name().length() > 60 || !NAME.matcher(source.name()).matches()
                || RESERVED.contains(source.name())) {
            problems.add(new InvalidSource.Problem("name", "sources.name.invalid"));
        } else if (sources.named(source.name()).isPresent()) {
            problems.add(new InvalidSource.Problem("name", "sources.name.taken", source.name()));
        }
        text(problems, "title", source.title(), 200);
        if (source.organisationId() == null || organisations.find(source.organisationId()).isEmpty()) {
            problems.add(new InvalidSource.Problem("organisationId", "sources.organisationId.missing"));
        }
        text(problems, "lawfulBasis", source.lawfulBasis(), 300);
        text(problems, "contact", source.contact(), 300);
        problems.addAll(mappingProblems(source.name(), source.mappingJson(), source.columns()));
        column(problems, "openedColumn", source.openedColumn(), source.columns());
        column(problems, "closedColumn", source.closedColumn(), source.columns());
        return problems;
    }

    private static void column(List<InvalidSource.Problem> problems, String field, String column, List<String> columns) {
        if (column == null || column.isBlank()) {
            return;
        }
        if (column.length() > 200) {
            problems.add(new InvalidSource.Problem(field, "sources.tooLong", 200));
        } else if (!columns.isEmpty() && !columns.contains(column.strip())) {
            problems.add(new InvalidSource.Problem(field, "sources.column.unknown", column.strip()));
        }
    }

    private static void text(List<InvalidSource.Problem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new InvalidSource.Problem(field, "sources." + field + ".missing"));
        } else if (value.strip().length() > max) {
            problems.add(new InvalidSource.Problem(field, "sources.tooLong", max));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
