package org.joinery.sources.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.joinery.access.Actor;
import org.joinery.organisations.NotYourOrganisation;
import org.joinery.organisations.Organisation;
import org.joinery.organisations.Organisations;
import org.joinery.platform.web.CurrentUsers;
import org.joinery.platform.web.FormErrors;
import org.joinery.platform.web.Notice;
import org.joinery.sources.ApiKeys;
import org.joinery.sources.SourceRegistration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators create and revoke their organisations' API keys; a new key is shown once, on the page after creating it. */
@Controller
@RequestMapping("/sources/api-keys")
class ApiKeysController {

    private final ApiKeys keys;
    private final Organisations organisations;

    ApiKeysController(ApiKeys keys, Organisations organisations) {
        this.keys = keys;
        this.organisations = organisations;
    }

    @GetMapping
    String list(Model model) {
        return page(model, new FormErrors(), null, "");
    }

    @PostMapping
    String create(@RequestParam(defaultValue = "") String name, @RequestParam(required = false) UUID organisationId, Model model) {
        Actor actor = CurrentUsers.actor();
        FormErrors errors = new FormErrors();
        if (name.isBlank()) {
            errors.reject("name", "sources.apiKeys.name.missing");
        } else if (name.strip().length() > 200) {
            errors.reject("name", "sources.tooLong", 200);
        }
        if (organisationId == null || !SourceRegistration.mayManage(actor, organisationId)) {
            throw new NotYourOrganisation(actor.username(), organisationId);
        }
        if (errors.any()) {
            return page(model, errors, null, name);
        }
        return page(model, errors, keys.create(actor, organisationId, name), "");
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
        keys.revoke(CurrentUsers.actor(), id);
        redirect.addFlashAttribute("success", new Notice("sources.apiKeys.revoked",
                keys.find(id).map(ApiKeys.Listed::keyPrefix).orElse("")));
        return "redirect:/sources/api-keys";
    }

    private String page(Model model, FormErrors errors, ApiKeys.Created created, String name) {
        Actor actor = CurrentUsers.actor();
        List<Organisation> mine = organisations.all().stream()
                .filter(o -> !actor.isSystem() && SourceRegistration.mayManage(actor, o.id())).toList();
        if (mine.isEmpty()) {
            throw new NotYourOrganisation(actor.username(), null);
        }
        Map<Organisation, List<ApiKeys.Listed>> byOrganisation = new LinkedHashMap<>();
        mine.forEach(o -> byOrganisation.put(o, keys.of(o.id())));
        model.addAttribute("keysByOrganisation", byOrganisation);
        model.addAttribute("organisations", mine);
        model.addAttribute("errors", errors);
        model.addAttribute("created", created);
        model.addAttribute("name", name);
        return "sources/api-keys";
    }
}
