package org.joinery.audit.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joinery.access.AccessGate;
import org.joinery.access.AccessRequest;
import org.joinery.access.Action;
import org.joinery.access.Actor;
import org.joinery.access.DataCategory;
import org.joinery.access.DataRef;
import org.joinery.access.Grant;
import org.joinery.access.Purpose;
import org.joinery.audit.AuditChain;
import org.joinery.audit.AuditEntries;
import org.joinery.audit.AuditFilter;
import org.joinery.platform.web.CurrentUsers;
import org.joinery.platform.web.Pagination;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The audit log page for information governance officers: every access decision that involves
 * their organisation (every decision, in the host organisation), newest first, with filters, and a button to check that the log has not been changed. Viewing it is itself
 * an access to the audit log, so it goes through the gate and is audited.
 */
@Controller
class AuditPageController {

    static final int PAGE_SIZE = 50;
    private static final int MAX_USERNAME = 120;
    private static final int MAX_SUBJECT = 100;
    /** The front door's form has five fields; a few more leaves room without letting a link grow without end. */
    private static final int MAX_TERMS = 10;

    private final AccessGate gate;
    private final AuditEntries entries;
    private final AuditChain chain;

    AuditPageController(AccessGate gate, AuditEntries entries, AuditChain chain) {
        this.gate = gate;
        this.entries = entries;
        this.chain = chain;
    }

    @GetMapping("/audit")
    String list(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String subject,
            @RequestParam(defaultValue = "") String outcome, @RequestParam(defaultValue = "1") String page,
            @RequestParam(required = false) List<String> terms, Model model) {
        List<String> termHashes = terms == null ? List.of() : terms;
        Actor actor = CurrentUsers.actor();
        model.addAttribute("wholePartnership", actor.hostOrganisation());
        model.addAttribute("username", username);
        model.addAttribute("subject", subject);
        model.addAttribute("outcome", outcome);
        // Field name to message key, in the order the fields appear.
        Map<String, String> errors = new LinkedHashMap<>();
        if (username.length() > MAX_USERNAME) {
            errors.put("username", "audit.filter.username.tooLong");
        }
        if (subject.length() > MAX_SUBJECT) {
            errors.put("subject", "audit.filter.subject.tooLong");
        }
        if (!outcome.isEmpty() && !outcome.equals("allowed") && !outcome.equals("refused")) {
            errors.put("outcome", "audit.filter.outcome.unknown");
        }
        if (termHashes.size() > MAX_TERMS || !termHashes.stream().allMatch(term -> AuditFilter.TERM.matcher(term).matches())) {
            errors.put("terms", "audit.filter.terms.invalid");
        }
        int pageNumber = pageNumber(page);
        if (pageNumber < 1) {
            errors.put("page", "audit.filter.page.invalid");
        }
        model.addAttribute("errors", errors);
        if (!errors.isEmpty()) {
            return "audit/log";
        }
        var filter = new AuditFilter(username, subject, outcome.isEmpty() ? null : outcome.equals("allowed"), termHashes);
        model.addAttribute("searchedFor", !filter.termHashes().isEmpty());
        // The host organisation oversees the whole partnership; everyone else asks for their own organisation's entries.
        var request = new AccessRequest(actor, Action.READ, new DataRef(DataCategory.AUDIT_LOG, filter.subjectId(), null,
                actor.hostOrganisation() ? null : actor.organisationId()), Purpose.AUDIT_OVERSIGHT);
        if (filter.termHashes().isEmpty()) {
            show(gate.authorise(request), filter, outcome, pageNumber, model);
        } else {
            // Asking whether someone was searched for is itself recorded with the terms' hashes, as the search was.
            gate.search(request, filter.termHashes(), grant -> show(grant, filter, outcome, pageNumber, model), none -> List.of());
        }
        return "audit/log";
    }

    private Model show(Grant grant, AuditFilter filter, String outcome, int pageNumber, Model model) {
        long total = entries.count(grant, filter);
        model.addAttribute("total", total);
        model.addAttribute("rows", entries.newest(grant, filter, PAGE_SIZE, (long) (pageNumber - 1) * PAGE_SIZE).stream()
                .map(AuditRow::of).toList());
        model.addAttribute("pagination", Pagination.of(pageNumber, total, PAGE_SIZE,
                number -> AuditLinks.page(filter, outcome, number)));
        return model;
    }

    @PostMapping("/audit/verify")
    String verify(RedirectAttributes redirect) {
        redirect.addFlashAttribute("verification", chain.verify(CurrentUsers.actor()));
        return "redirect:/audit";
    }

    private static int pageNumber(String page) {
        try {
            return Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
