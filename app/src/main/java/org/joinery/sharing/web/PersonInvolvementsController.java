package org.joinery.sharing.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.joinery.access.AccessGate;
import org.joinery.access.Action;
import org.joinery.access.Actor;
import org.joinery.access.DataCategory;
import org.joinery.access.DataRef;
import org.joinery.access.Grant;
import org.joinery.access.Purpose;
import org.joinery.index.PersonRef;
import org.joinery.organisations.Organisations;
import org.joinery.organisations.Team;
import org.joinery.platform.web.CurrentUsers;
import org.joinery.platform.web.FormErrors;
import org.joinery.platform.web.Notice;
import org.joinery.sharing.Involvement;
import org.joinery.sharing.Involvements;
import org.joinery.sharing.LawfulBasis;
import org.joinery.sharing.NewInvolvement;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's involvements for practitioners and team managers: who is involved (as far as the access
 * rule allows), starting their own organisation's involvement with a reason, and ending it.
 */
@Controller
@RequestMapping("/residents/{joineryId}/involvements")
class PersonInvolvementsController {

    static final int MAX_REASON = 1000;
    static final int MAX_CONTACT = 300;

    private final AccessGate gate;
    private final Involvements involvements;
    private final Organisations organisations;

    PersonInvolvementsController(AccessGate gate, Involvements involvements, Organisations organisations) {
        this.gate = gate;
        this.involvements = involvements;
        this.organisations = organisations;
    }

    @GetMapping
    String list(@PathVariable String joineryId, Model model) {
        Grant grant = read(joineryId);
        PersonRef person = person(grant);
        Actor actor = grant.request().actor();
        model.addAttribute("person", person);
        model.addAttribute("involvements", involvements.ofPerson(grant));
        model.addAttribute("ownOrganisation", actor.organisationId());
        return "sharing/person-involvements";
    }

    @GetMapping("/new")
    String newInvolvement(@PathVariable String joineryId, Model model) {
        PersonRef person = person(read(joineryId));
        return form(model, person, InvolvementForm.empty(), new FormErrors());
    }

    @PostMapping
    String start(@PathVariable String joineryId, @ModelAttribute InvolvementForm form, Model model,
            RedirectAttributes redirect) {
        Actor actor = CurrentUsers.actor();
        PersonRef person = person(read(joineryId));
        FormErrors errors = new FormErrors();
        String reason = ReasonField.check(errors, "reason", form.reason(), MAX_REASON, "sharing.involvement.reason");
        LawfulBasis basis = Arrays.stream(LawfulBasis.values()).filter(b -> b.name().equals(form.lawfulBasis()))
                .findFirst().orElse(null);
        if (basis == null) {
            errors.reject("lawfulBasis", "sharing.involvement.lawfulBasis.missing");
        }
        UUID team = team(actor, form.team(), errors);
        String contact = form.contact() == null ? "" : form.contact().strip();
        if (contact.isEmpty()) {
            errors.reject("contact", "sharing.involvement.contact.missing");
        } else if (contact.length() > MAX_CONTACT) {
            errors.reject("contact", "sharing.involvement.contact.tooLong", MAX_CONTACT);
        }
        if (errors.any()) {
            return form(model, person, form, errors);
        }
        involvements.start(write(joineryId), person, new NewInvolvement(reason, basis, team, contact, "yes".equals(form.sensitive())));
        redirect.addFlashAttribute("success", new Notice("sharing.involvement.started"));
        return "redirect:/residents/" + person.joineryId() + "/involvements";
    }

    @GetMapping("/{id}/end")
    String endForm(@PathVariable String joineryId, @PathVariable UUID id, Model model) {
        Involvement involvement = ownOpen(person(read(joineryId)), write(joineryId), id);
        return endForm(model, joineryId, involvement, new EndForm(""), new FormErrors());
    }

    @PostMapping("/{id}/end")
    String end(@PathVariable String joineryId, @PathVariable UUID id, @ModelAttribute EndForm form, Model model,
            RedirectAttributes redirect) {
        PersonRef person = person(read(joineryId));
        Grant grant = write(joineryId);
        Involvement involvement = ownOpen(person, grant, id);
        FormErrors errors = new FormErrors();
        String reason = ReasonField.check(errors, "reason", form.reason(), MAX_REASON, "sharing.involvement.endReason");
        if (errors.any()) {
            return endForm(model, joineryId, involvement, form, errors);
        }
        involvements.end(grant, id, reason);
        redirect.addFlashAttribute("success", new Notice("sharing.involvement.ended", involvement.organisationName()));
        return "redirect:/residents/" + joineryId + "/involvements";
    }

    private Grant read(String joineryId) {
        return gate.authorise(CurrentUsers.actor(), Action.READ, DataRef.subject(DataCategory.INVOLVEMENT, joineryId, null),
                Purpose.DIRECT_CARE);
    }

    private Grant write(String joineryId) {
        Actor actor = CurrentUsers.actor();
        return gate.authorise(actor, Action.WRITE, DataRef.subject(DataCategory.INVOLVEMENT, joineryId,
                actor.organisationId()), Purpose.DIRECT_CARE);
    }

    private PersonRef person(Grant grant) {
        return involvements.person(grant).filter(person -> !person.retired())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Practitioners end only their own organisation's open involvements that a practitioner started. */
    private Involvement ownOpen(PersonRef person, Grant grant, UUID id) {
        return involvements.find(grant, id)
                .filter(i -> i.open() && !i.derived() && i.personId().equals(person.id()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private UUID team(Actor actor, String chosen, FormErrors errors) {
        if (chosen == null || chosen.isBlank()) {
            return null;
        }
        List<Team> teams = organisations.teams(actor.organisationId());
        return teams.stream().map(Team::id).filter(id -> id.toString().equals(chosen)).findFirst().orElseGet(() -> {
            errors.reject("team", "sharing.involvement.team.unknown");
            return null;
        });
    }

    private String form(Model model, PersonRef person, InvolvementForm form, FormErrors errors) {
        Actor actor = CurrentUsers.actor();
        model.addAttribute("person", person);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("bases", Arrays.stream(LawfulBasis.values()).map(Enum::name).toList());
        model.addAttribute("teams", organisations.teams(actor.organisationId()));
        return "sharing/involvement-new";
    }

    private String endForm(Model model, String joineryId, Involvement involvement, EndForm form, FormErrors errors) {
        model.addAttribute("involvement", involvement);
        model.addAttribute("action", "/residents/" + joineryId + "/involvements/" + involvement.id() + "/end");
        model.addAttribute("back", "/residents/" + joineryId + "/involvements");
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "sharing/involvement-end";
    }
}
