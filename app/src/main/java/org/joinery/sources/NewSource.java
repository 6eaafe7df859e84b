package org.joinery.sources;

import java.util.List;
import java.util.UUID;

/**
 * A source to register: the details an administrator gives, and the mapping of its columns to the person
 * schema as the linkage engine's mapping JSON.
 *
 * @param columns the columns the source's extracts have (a sample file's header), or empty to take them from
 *     the first batch that lands
 */
public record NewSource(String name, String title, UUID organisationId, String lawfulBasis, String contact,
                        boolean sensitive, String mappingJson, String openedColumn, String closedColumn,
                        List<String> columns) {

    public NewSource {
        columns = columns == null ? List.of() : List.copyOf(columns);
    }
}
