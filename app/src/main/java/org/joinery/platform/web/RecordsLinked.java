package org.joinery.platform.web;

import java.util.UUID;

/**
 * Whether any of an organisation's records is linked into the resident index, so that pages promise what is
 * there: the home page offers the demo borough only until it is. The linking module answers.
 */
public interface RecordsLinked {

    boolean anyOf(UUID organisationId);
}
