package org.joinery.sources.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.joinery.linkage.data.RowMapper;
import org.joinery.linkage.model.SourceMapping;
import org.joinery.sources.Source;
import org.joinery.sources.SourceRegistration;

/**
 * What a source's extracts must look like: its mapping, its opened and closed columns, and the columns it sends
 * (known once a sample or the first batch fixed them; until then, at least the columns the mapping reads).
 */
record SourceShape(String name, SourceMapping mapping, String openedColumn, String closedColumn,
                          List<String> expectedColumns, boolean knowsColumns) {

    public static SourceShape of(Source source, List<String> knownColumns) {
        SourceMapping mapping = SourceRegistration.mapping(source.name(), source.mappingJson());
        if (knownColumns != null) {
            return new SourceShape(source.name(), mapping, source.openedColumn(), source.closedColumn(), knownColumns, true);
        }
        Set<String> needed = new LinkedHashSet<>(RowMapper.mappedColumns(mapping));
        if (source.openedColumn() != null) {
            needed.add(source.openedColumn());
        }
        if (source.closedColumn() != null) {
            needed.add(source.closedColumn());
        }
        return new SourceShape(source.name(), mapping, source.openedColumn(), source.closedColumn(), new ArrayList<>(needed), false);
    }
}
