package org.joinery.sources.internal;

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
import org.joinery.organisations.Organisations;
import org.joinery.sources.InvalidSource;
import org.joinery.sources.NewSource;
import org.joinery.sources.Source;
import org.joinery.sources.SourceRegistration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Checks a source's details and mapping, naming every problem, and registers it if there are none. */
@Service
class SourceRegistrar implements SourceRegistration {

    /** Lower-case words joined by hyphens: the name appears in addresses (/sources/{name}). */
    static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    // Addresses under /sources that are pages, not sources.
    private static final java.util.Set<String> RESERVED = java.util.Set.of("new", "api-keys");

    private final SourceStore sources;
    private final Organisations organisations;
    private final Clock clock;

    SourceRegistrar(SourceStore sources, Organisations organisations, Clock clock) {
        this.sources = sources;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Override
    public Source register(Actor actor, NewSource source) {
        if (source.organisationId() != null && !SourceRegistration.mayManage(actor, source.organisationId())) {
            throw new NotYourOrganisation(actor.username(), source.organisationId());
        }
        List<InvalidSource.Problem> problems = check(source);
        if (!problems.isEmpty()) {
            throw new InvalidSource(problems);
        }
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        try {
            sources.insert(id, source, now);
        } catch (DuplicateKeyException e) {
            throw new InvalidSource(List.of(new InvalidSource.Problem("name", "sources.name.taken", source.name())));
        }
        return sources.find(id).orElseThrow();
    }

    /**
     * What is wrong with a mapping for the source, each problem on the field mappingJson saying where and what to
     * do; none when it can be used.
     *
     * @param columns the source's columns (a sample's header), or empty when not known yet
     */
    static List<InvalidSource.Problem> mappingProblems(String name, String json, List<String> columns) {
        if (json == null || json.isBlank()) {
            return List.of(new InvalidSource.Problem("mappingJson", "sources.mappingJson.missing"));
        }
        SourceMapping mapping;
        try {
            mapping = SourceRegistration.mapping(name, json);
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
}
