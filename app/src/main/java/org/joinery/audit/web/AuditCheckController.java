package org.joinery.audit.web;

import org.joinery.access.Role;
import org.joinery.audit.AuditChain;
import org.joinery.platform.web.CurrentUser;
import org.joinery.platform.web.CurrentUsers;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Lets administrators check that the audit log has not been changed. They see the result only:
 * the gate grants them an integrity check, which cannot list entries. Information governance
 * officers check it from the audit log page instead; the security configuration keeps /admin to
 * administrators.
 */
@Controller
class AuditCheckController {

    static final String PATH = "/admin/audit-check";

    private final AuditChain chain;

    AuditCheckController(AuditChain chain) {
        this.chain = chain;
    }

    @GetMapping(PATH)
    String page() {
        // The page holds no personal data; the gate decides when the check is asked for.
        CurrentUser user = CurrentUsers.current().orElseThrow();
        if (!user.has(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("Only administrators use the audit log check page");
        }
        return "audit/check";
    }

    @PostMapping(PATH)
    String check(RedirectAttributes redirect) {
        redirect.addFlashAttribute("verification", chain.verify(CurrentUsers.actor()));
        return "redirect:" + PATH;
    }
}
