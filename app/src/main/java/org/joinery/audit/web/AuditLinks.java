package org.joinery.audit.web;

import org.joinery.audit.AuditFilter;
import org.springframework.web.util.UriComponentsBuilder;

/** Links to pages of the audit log that keep the filters. */
final class AuditLinks {

    private AuditLinks() {
    }

    static String page(AuditFilter filter, String outcome, int number) {
        var link = UriComponentsBuilder.fromPath("/audit");
        if (filter.username() != null) {
            link.queryParam("username", filter.username());
        }
        if (filter.subjectId() != null) {
            link.queryParam("subject", filter.subjectId());
        }
        if (!outcome.isEmpty()) {
            link.queryParam("outcome", outcome);
        }
        if (!filter.termHashes().isEmpty()) {
            link.queryParam("terms", filter.termHashes().toArray());
        }
        return link.queryParam("page", number).encode().build().toUriString();
    }
}
