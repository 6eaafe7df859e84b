package org.joinery.sharing.web;

import java.util.UUID;
import org.joinery.access.AccessGate;
import org.joinery.access.Action;
import org.joinery.access.Actor;
import org.joinery.access.DataCategory;
import org.joinery.access.DataRef;
import org.joinery.access.Grant;
import org.joinery.access.Purpose;
import org.joinery.platform.web.CurrentUsers;
import org.joinery.platform.web.FormErrors;
import org.joinery.platform.web.Notice;
import org.joinery.platform.web.Pagination;
import org.joinery.sharing.Involvement;
import org.joinery.sharing.Involvements;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Information governance officers' view of their organisation's involvements (every organisation's
 * for the host organisation's officers): end one with a reason, or mark it sensitive so that other
 * organisations no longer see it.
 */
@Controller
@RequestMapping("/sharing/involvements")
class OrganisationInvolvementsController {

    static final int PAGE_SIZE = 50;
    static final int MAX_REASON = 1000;

    private final AccessGate gate;
    private final Involvements involvements;

    OrganisationInvolvementsController(AccessGate gate, Involvements involvements) {
        this.gate = gate;
        this.involvements = involvements;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "1") String page, Model model) {
        Grant grant = governance(Action.READ);
        int number = pageNumber(page);
        Involvements.OrganisationInvolvements found = involvements.ofOrganisation(grant, PAGE_SIZE,
                (long) (number - 1) * PAGE_SIZE);
        model.addAttribute("found", found);
        model.addAttribute("wholePartnership", grant.request().data().organisationId() == null);
        model.addAttribute("pagination", Pagination.of(number, found.total(), PAGE_SIZE, n -> "/sharing/involvements?page=" + n));
        return "sharing/involvements";
    }

    @PostMapping("/{id}/sensitive")
    String markSensitive(@PathVariable UUID id, RedirectAttributes redirect) {
        Grant grant = governance(Action.WRITE);
        Involvement involvement = involvements.find(grant, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        involvements.markSensitive(grant, id);
        redirect.addFlashAttribute("success", new Notice("sharing.involvement.markedSensitive", involvement.organisationName()));
        return "redirect:/sharing/involvements";
    }

    @GetMapping("/{id}/end")
    String endForm(@PathVariable UUID id, Model model) {
        return endForm(model, open(governance(Action.WRITE), id), new EndForm(""), new FormErrors());
    }

    @PostMapping("/{id}/end")
    String end(@PathVariable UUID id, @ModelAttribute EndForm form, Model model, RedirectAttributes redirect) {
        Grant grant = governance(Action.WRITE);
        Involvement involvement = open(grant, id);
        FormErrors errors = new FormErrors();
        String reason = ReasonField.check(errors, "reason", form.reason(), MAX_REASON, "sharing.involvement.endReason");
        if (errors.any()) {
            return endForm(model, involvement, form, errors);
        }
        involvements.end(grant, id, reason);
        redirect.addFlashAttribute("success", new Notice("sharing.involvement.ended", involvement.organisationName()));
        return "redirect:/sharing/involvements";
    }

    /** The officer's own organisation's involvements, or every organisation's for the host organisation's officers. */
    private Grant governance(Action action) {
        Actor actor = CurrentUsers.actor();
        return gate.authorise(actor, action, DataRef.of(DataCategory.INVOLVEMENT,
                actor.hostOrganisation() ? null : actor.organisationId()), Purpose.INFORMATION_GOVERNANCE);
    }

    private Involvement open(Grant grant, UUID id) {
        return involvements.find(grant, id).filter(Involvement::open)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String endForm(Model model, Involvement involvement, EndForm form, FormErrors errors) {
        model.addAttribute("involvement", involvement);
        model.addAttribute("action", "/sharing/involvements/" + involvement.id() + "/end");
        model.addAttribute("back", "/sharing/involvements");
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "sharing/involvement-end";
    }

    private static int pageNumber(String page) {
        try {
            return Math.max(1, Integer.parseInt(page));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
