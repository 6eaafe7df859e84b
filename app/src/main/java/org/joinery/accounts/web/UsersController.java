package org.joinery.accounts.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.joinery.access.Actor;
import org.joinery.access.Role;
import org.joinery.accounts.AccountChanges;
import org.joinery.accounts.InvalidAccount;
import org.joinery.accounts.NewAccount;
import org.joinery.accounts.StaffAccount;
import org.joinery.accounts.StaffAdministration;
import org.joinery.organisations.Organisation;
import org.joinery.organisations.OrganisationAdministration;
import org.joinery.organisations.Organisations;
import org.joinery.organisations.Team;
import org.joinery.platform.web.CurrentUsers;
import org.joinery.platform.web.FormErrors;
import org.joinery.platform.web.Notice;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
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
 * Administration of staff accounts. Every read and write goes through {@link StaffAdministration},
 * and so through the access gate: an administrator reaches only their own organisation's accounts
 * unless their organisation is the host.
 */
@Controller
@RequestMapping("/admin/users")
class UsersController {

    private final StaffAdministration administration;
    private final Organisations organisations;
    /** Where people sign in through the organisation's identity provider, accounts need no password. */
    private final boolean passwordRequired;

    UsersController(StaffAdministration administration, Organisations organisations,
            ObjectProvider<ClientRegistrationRepository> identityProviders) {
        this.administration = administration;
        this.organisations = organisations;
        this.passwordRequired = identityProviders.getIfAvailable() == null;
    }

    @GetMapping
    String list(@RequestParam(name = "organisation", required = false) UUID organisationId, Model model) {
        Actor actor = CurrentUsers.actor();
        UUID chosen = organisationId != null ? organisationId : actor.organisationId();
        List<StaffAccount> accounts = administration.accountsOf(actor, chosen);
        Organisation organisation = organisation(chosen);
        model.addAttribute("organisation", organisation);
        model.addAttribute("accounts", accounts);
        model.addAttribute("teamNames", teamNames(chosen));
        model.addAttribute("organisations", actor.hostOrganisation() ? organisations.all() : List.of(organisation));
        return "accounts/users";
    }

    @GetMapping("/new")
    String newUser(@RequestParam(name = "organisation", required = false) UUID organisationId, Model model) {
        Actor actor = CurrentUsers.actor();
        UUID chosen = organisationId != null ? organisationId : actor.organisationId();
        OrganisationAdministration.requireAdministers(actor, chosen);
        UserForm empty = new UserForm(chosen.toString(), "", "", "", "", List.of(), "true", "");
        return newUserForm(model, organisation(chosen), empty, new FormErrors());
    }

    @PostMapping
    String create(@ModelAttribute UserForm form, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentUsers.actor();
        UUID organisationId = parse(form.organisation());
        if (organisationId == null) {
            // A form without its organisation cannot be saved; show it again for the administrator's own.
            OrganisationAdministration.requireAdministers(actor, actor.organisationId());
            return newUserForm(model, organisation(actor.organisationId()), form,
                    new FormErrors().reject("organisation", "admin.user.organisation.missing"));
        }
        OrganisationAdministration.requireAdministers(actor, organisationId);
        Organisation organisation = organisation(organisationId);
        try {
            StaffAccount created = administration.create(actor, new NewAccount(form.username(), form.displayName(),
                    form.email(), organisationId, form.chosenTeam(), form.chosenRoles(), form.password()), passwordRequired);
            redirect.addFlashAttribute("success", new Notice("admin.user.created", created.displayName(), created.username()));
            return "redirect:/admin/users?organisation=" + organisationId;
        } catch (InvalidAccount invalid) {
            return newUserForm(model, organisation, form, invalid.errors());
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        StaffAccount account = administration.account(CurrentUsers.actor(), id);
        UserForm form = new UserForm(null, account.username(), account.displayName(), account.email(),
                account.teamId() == null ? "" : account.teamId().toString(),
                account.roles().stream().map(Role::name).toList(), String.valueOf(account.enabled()), null);
        return editForm(model, account, form, new FormErrors());
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @ModelAttribute UserForm form, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentUsers.actor();
        StaffAccount account = administration.account(actor, id);
        try {
            StaffAccount changed = administration.update(actor, id, new AccountChanges(form.displayName(), form.email(),
                    form.chosenTeam(), form.chosenEnabled(), form.chosenRoles()));
            redirect.addFlashAttribute("success", new Notice("admin.user.updated", changed.displayName()));
            return "redirect:/admin/users?organisation=" + changed.organisationId();
        } catch (InvalidAccount invalid) {
            return editForm(model, account, form, invalid.errors());
        }
    }

    @GetMapping("/{id}/password")
    String passwordForm(@PathVariable UUID id, Model model) {
        return passwordForm(model, administration.account(CurrentUsers.actor(), id), new FormErrors());
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable UUID id, @RequestParam(name = "password", required = false) String password,
            Model model, RedirectAttributes redirect) {
        Actor actor = CurrentUsers.actor();
        StaffAccount account = administration.account(actor, id);
        try {
            administration.resetPassword(actor, id, password);
            redirect.addFlashAttribute("success", new Notice("admin.user.passwordReset", account.displayName()));
            return "redirect:/admin/users/" + id;
        } catch (InvalidAccount invalid) {
            return passwordForm(model, account, invalid.errors());
        }
    }

    private String newUserForm(Model model, Organisation organisation, UserForm form, FormErrors errors) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("passwordRequired", passwordRequired);
        return form(model, organisation.id(), form, errors, "accounts/user-new");
    }

    private String editForm(Model model, StaffAccount account, UserForm form, FormErrors errors) {
        model.addAttribute("account", account);
        return form(model, account.organisationId(), form, errors, "accounts/user-edit");
    }

    private String form(Model model, UUID organisationId, UserForm form, FormErrors errors, String view) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("teams", organisations.teams(organisationId));
        model.addAttribute("roles", Role.values());
        return view;
    }

    private String passwordForm(Model model, StaffAccount account, FormErrors errors) {
        model.addAttribute("account", account);
        model.addAttribute("errors", errors);
        return "accounts/user-password";
    }

    private Organisation organisation(UUID id) {
        return organisations.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Map<UUID, String> teamNames(UUID organisationId) {
        return organisations.teams(organisationId).stream().collect(Collectors.toMap(Team::id, Team::name, (a, b) -> a));
    }

    /** Null when the form names no organisation, or names it with something that is no identifier. */
    private static UUID parse(String id) {
        try {
            return id == null || id.isBlank() ? null : UUID.fromString(id.strip());
        } catch (IllegalArgumentException notAnIdentifier) {
            return null;
        }
    }

}
