package org.joinery.audit.web;

import java.time.Clock;
import java.time.LocalDate;
import org.joinery.access.Role;
import org.joinery.audit.AuditFilter;
import org.joinery.platform.web.CurrentUser;
import org.joinery.platform.web.CurrentUsers;
import org.joinery.platform.web.FormErrors;
import org.joinery.residents.FindForm;
import org.joinery.residents.SearchTerms;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "Was this person searched for?": an information governance officer types what a resident would have said at the
 * front door, in the front door's own form; Joinery hashes it with the front door's keyed hash and lists the searches
 * that had every one of those terms. The details are posted, so they never sit in a web address; only their keyed
 * hashes go on to the audit log page, whose listing goes through the gate and records them.
 */
@Controller
class SearchedForController {

    static final String PATH = "/audit/searched-for";

    private final SearchTerms terms;
    private final Clock clock;

    SearchedForController(SearchTerms terms, Clock clock) {
        this.terms = terms;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String form(Model model) {
        officersOnly();
        model.addAttribute("form", new FindForm());
        model.addAttribute("errors", new FormErrors());
        return "audit/searched-for";
    }

    @PostMapping(PATH)
    String check(@ModelAttribute("form") FindForm form, Model model) {
        officersOnly();
        FormErrors errors = new FormErrors();
        model.addAttribute("errors", errors);
        var query = form.check(errors, LocalDate.now(clock));
        if (query.isEmpty()) {
            return "audit/searched-for";
        }
        return "redirect:" + AuditLinks.page(new AuditFilter(null, null, null, terms.hashed(query.get().details())), "", 1);
    }

    /** The form holds no personal data; the gate decides when the log is listed. This only keeps the page to officers. */
    private static void officersOnly() {
        CurrentUser user = CurrentUsers.current().orElseThrow();
        if (!user.has(Role.INFORMATION_GOVERNANCE_OFFICER)) {
            throw new AccessDeniedException("Only information governance officers check the audit log for searches");
        }
    }
}
