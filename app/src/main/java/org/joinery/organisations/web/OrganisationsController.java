package org.joinery.organisations.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.joinery.access.Actor;
import org.joinery.organisations.NameTaken;
import org.joinery.organisations.NotYourOrganisation;
import org.joinery.organisations.Organisation;
import org.joinery.organisations.OrganisationAdministration;
import org.joinery.organisations.OrganisationType;
import org.joinery.organisations.Organisations;
import org.joinery.organisations.Team;
import org.joinery.platform.web.CurrentUsers;
import org.joinery.platform.web.FormErrors;
import org.joinery.platform.web.Notice;
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
 * Administration of organisations and their teams. Host administrators see and create every
 * organisation; other administrators see and manage only their own.
 */
@Controller
@RequestMapping("/admin/organisations")
class OrganisationsController {

    private final Organisations organisations;

    OrganisationsController(Organisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    String list(Model model) {
        Actor actor = CurrentUsers.actor();
        List<Organisation> visible = organisations.all().stream()
                .filter(organisation -> OrganisationAdministration.administers(actor, organisation.id()))
                .toList();
        model.addAttribute("organisations", visible);
        model.addAttribute("mayCreate", OrganisationAdministration.createsOrganisations(actor));
        return "organisations/list";
    }

    @GetMapping("/new")
    String newOrganisation(Model model) {
        requireHostAdministrator();
        return organisationForm(model, new OrganisationForm("", null), new FormErrors());
    }

    @PostMapping
    String create(@ModelAttribute OrganisationForm form, Model model, RedirectAttributes redirect) {
        requireHostAdministrator();
        FormErrors errors = new FormErrors();
        String name = NameRules.check(errors, "name", form.name(), "admin.organisation.name");
        OrganisationType type = Arrays.stream(OrganisationType.values())
                .filter(candidate -> candidate.name().equals(form.type())).findFirst().orElse(null);
        if (type == null) {
            errors.reject("type", "admin.organisation.type.missing");
        }
        if (errors.any()) {
            return organisationForm(model, form, errors);
        }
        try {
            Organisation created = organisations.create(name, type, false);
            redirect.addFlashAttribute("success", new Notice("admin.organisation.created", created.name()));
            return "redirect:/admin/organisations/" + created.id();
        } catch (NameTaken taken) {
            errors.reject("name", "admin.organisation.name.taken", name);
            return organisationForm(model, form, errors);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        Organisation organisation = administered(id);
        model.addAttribute("organisation", organisation);
        model.addAttribute("teams", organisations.teams(id));
        return "organisations/organisation";
    }

    @GetMapping("/{id}/teams/new")
    String newTeam(@PathVariable UUID id, Model model) {
        return teamForm(model, administered(id), null, new TeamForm(""), new FormErrors());
    }

    @PostMapping("/{id}/teams")
    String createTeam(@PathVariable UUID id, @ModelAttribute TeamForm form, Model model, RedirectAttributes redirect) {
        Organisation organisation = administered(id);
        FormErrors errors = new FormErrors();
        String name = NameRules.check(errors, "name", form.name(), "admin.team.name");
        if (!errors.any()) {
            try {
                Team team = organisations.createTeam(id, name);
                redirect.addFlashAttribute("success", new Notice("admin.team.created", team.name()));
                return "redirect:/admin/organisations/" + id;
            } catch (NameTaken taken) {
                errors.reject("name", "admin.team.name.taken", name);
            }
        }
        return teamForm(model, organisation, null, form, errors);
    }

    @GetMapping("/{id}/teams/{teamId}")
    String renameTeamForm(@PathVariable UUID id, @PathVariable UUID teamId, Model model) {
        Organisation organisation = administered(id);
        Team team = teamOf(organisation, teamId);
        return teamForm(model, organisation, team, new TeamForm(team.name()), new FormErrors());
    }

    @PostMapping("/{id}/teams/{teamId}")
    String renameTeam(@PathVariable UUID id, @PathVariable UUID teamId, @ModelAttribute TeamForm form, Model model,
            RedirectAttributes redirect) {
        Organisation organisation = administered(id);
        Team team = teamOf(organisation, teamId);
        FormErrors errors = new FormErrors();
        String name = NameRules.check(errors, "name", form.name(), "admin.team.name");
        if (!errors.any()) {
            try {
                Team renamed = organisations.renameTeam(teamId, name);
                redirect.addFlashAttribute("success", new Notice("admin.team.renamed", team.name(), renamed.name()));
                return "redirect:/admin/organisations/" + id;
            } catch (NameTaken taken) {
                errors.reject("name", "admin.team.name.taken", name);
            }
        }
        return teamForm(model, organisation, team, form, errors);
    }

    private String organisationForm(Model model, OrganisationForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("types", OrganisationType.values());
        return "organisations/new";
    }

    private String teamForm(Model model, Organisation organisation, Team team, TeamForm form, FormErrors errors) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("team", team);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "organisations/team";
    }

    /** The organisation, if it exists and the signed-in administrator administers it. */
    private Organisation administered(UUID id) {
        OrganisationAdministration.requireAdministers(CurrentUsers.actor(), id);
        return organisations.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Team teamOf(Organisation organisation, UUID teamId) {
        return organisations.team(teamId)
                .filter(team -> team.organisationId().equals(organisation.id()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static void requireHostAdministrator() {
        Actor actor = CurrentUsers.actor();
        if (!OrganisationAdministration.createsOrganisations(actor)) {
            throw new NotYourOrganisation(actor.username(), null);
        }
    }
}
