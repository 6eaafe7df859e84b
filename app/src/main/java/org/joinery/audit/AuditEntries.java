package org.joinery.audit;

import java.util.List;
import org.joinery.access.Grant;

/**
 * The audit log's entries, for information governance oversight: each call needs a grant to read AUDIT_LOG for
 * AUDIT_OVERSIGHT. A grant for one organisation lists only the entries where it acted or whose data it was.
 */
public interface AuditEntries {

    /** The newest entries first, a page at a time. */
    List<ListedEntry> newest(Grant grant, AuditFilter filter, int limit, long offset);

    /** How many entries the filter lists. */
    long count(Grant grant, AuditFilter filter);
}
