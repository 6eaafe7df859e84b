package org.joinery.sharing.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.joinery.access.Actor;
import org.joinery.access.DataCategory;
import org.joinery.access.Purpose;
import org.joinery.organisations.Organisation;
import org.joinery.organisations.Organisations;
import org.joinery.platform.web.CurrentUsers;
import org.joinery.platform.web.FormErrors;
import org.joinery.platform.web.Notice;
import org.joinery.sharing.Agreements;
import org.joinery.sharing.ArticleCondition;
import org.joinery.sharing.InvalidAgreement;
import org.joinery.sharing.LawfulBasis;
import org.joinery.sharing.NewAgreement;
import org.joinery.sharing.SharingAgreement;
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
 * Data-sharing agreements for information governance officers: the list, recording a new one,
 * viewing one and ending it early. Agreements are about organisations, not people, so these pages
 * need the officer's role rather than the access gate; each change names the officer.
 */
@Controller
@RequestMapping("/sharing/agreements")
class AgreementsController {

    private static final List<String> FIELDS = List.of("title", "from", "to", "categories", "purpose", "lawfulBasis",
            "articleCondition", "startsOn", "endsOn");
    static final int MAX_REASON = 1000;

    private final Agreements agreements;
    private final Organisations organisations;

    AgreementsController(Agreements agreements, Organisations organisations) {
        this.agreements = agreements;
        this.organisations = organisations;
    }

    @GetMapping
    String list(Model model) {
        Actor actor = officer();
        model.addAttribute("agreements", agreements.visibleTo(actor));
        model.addAttribute("today", agreements.today());
        model.addAttribute("wholePartnership", actor.hostOrganisation());
        return "sharing/agreements";
    }

    @GetMapping("/new")
    String newAgreement(Model model) {
        Actor actor = officer();
        return form(model, actor, AgreementForm.empty(actor.hostOrganisation() ? "" : actor.organisationId().toString()),
                new FormErrors());
    }

    @PostMapping
    String create(@ModelAttribute AgreementForm form, Model model, RedirectAttributes redirect) {
        Actor actor = officer();
        FormErrors dates = new FormErrors();
        var startsOn = DateInput.read(dates, "startsOn", form.startsOnDay(), form.startsOnMonth(), form.startsOnYear(),
                "sharing.agreement.startsOn");
        var endsOn = DateInput.read(dates, "endsOn", form.endsOnDay(), form.endsOnMonth(), form.endsOnYear(),
                "sharing.agreement.endsOn");
        // A non-host officer's agreements always share their own organisation's data, whatever was posted.
        UUID from = actor.hostOrganisation() ? uuid(form.from()) : actor.organisationId();
        NewAgreement agreement = new NewAgreement(form.title(), from, uuid(form.to()), categories(form.categories()),
                "DIRECT_CARE".equals(form.purpose()) ? Purpose.DIRECT_CARE : null, named(LawfulBasis.class, form.lawfulBasis()),
                named(ArticleCondition.class, form.articleCondition()), startsOn, endsOn);
        FormErrors checked = agreements.check(actor, agreement);
        FormErrors errors = new FormErrors();
        for (String field : FIELDS) {
            FormErrors.Problem problem = dates.has(field) ? dates.get(field) : checked.get(field);
            if (problem != null) {
                errors.reject(problem.field(), problem.messageKey(), problem.args());
            }
        }
        if (errors.any()) {
            return form(model, actor, form, errors);
        }
        try {
            SharingAgreement created = agreements.create(actor, agreement);
            redirect.addFlashAttribute("success", new Notice("sharing.agreement.created", created.title()));
            return "redirect:/sharing/agreements/" + created.id();
        } catch (InvalidAgreement invalid) {
            return form(model, actor, form, invalid.problems());
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        Actor actor = officer();
        return view(model, actor, visible(actor, id), new EndForm(""), new FormErrors());
    }

    @PostMapping("/{id}/end")
    String end(@PathVariable UUID id, @ModelAttribute EndForm form, Model model, RedirectAttributes redirect) {
        Actor actor = officer();
        SharingAgreement agreement = visible(actor, id);
        if (!Agreements.mayShareFor(actor, agreement.fromOrganisationId()) || agreement.endedAt() != null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        FormErrors errors = new FormErrors();
        String reason = ReasonField.check(errors, "reason", form.reason(), MAX_REASON, "sharing.agreement.endReason");
        if (errors.any()) {
            return view(model, actor, agreement, form, errors);
        }
        agreements.endEarly(actor, agreement, reason);
        redirect.addFlashAttribute("success", new Notice("sharing.agreement.ended", agreement.title()));
        return "redirect:/sharing/agreements/" + id;
    }

    private String view(Model model, Actor actor, SharingAgreement agreement, EndForm form, FormErrors errors) {
        model.addAttribute("agreement", agreement);
        model.addAttribute("status", agreement.status(agreements.today()));
        model.addAttribute("mayEnd", Agreements.mayShareFor(actor, agreement.fromOrganisationId()) && agreement.endedAt() == null);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "sharing/agreement";
    }

    private String form(Model model, Actor actor, AgreementForm form, FormErrors errors) {
        List<Organisation> all = organisations.all();
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("organisations", all);
        model.addAttribute("ownOrganisation", all.stream().filter(o -> o.id().equals(actor.organisationId())).findFirst()
                .orElse(null));
        model.addAttribute("chooseFrom", actor.hostOrganisation());
        model.addAttribute("categories", DataCategory.SHAREABLE);
        model.addAttribute("purposes", List.of(Purpose.DIRECT_CARE.name()));
        model.addAttribute("bases", names(LawfulBasis.values()));
        model.addAttribute("conditions", names(ArticleCondition.values()));
        return "sharing/agreement-new";
    }

    private SharingAgreement visible(Actor actor, UUID id) {
        return agreements.find(actor, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Only information governance officers manage agreements. */
    private static Actor officer() {
        Actor actor = CurrentUsers.actor();
        if (!Agreements.managesAgreements(actor)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return actor;
    }

    private static Set<DataCategory> categories(List<String> names) {
        Set<DataCategory> found = new LinkedHashSet<>();
        for (String name : names) {
            DataCategory.find(name).ifPresent(found::add);
        }
        return found;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    private static UUID uuid(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
