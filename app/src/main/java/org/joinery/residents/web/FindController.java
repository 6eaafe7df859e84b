package org.joinery.residents.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.joinery.access.Actor;
import org.joinery.index.PersonRef;
import org.joinery.index.ResidentIndex;
import org.joinery.platform.web.CurrentUsers;
import org.joinery.platform.web.FormErrors;
import org.joinery.residents.FindForm;
import org.joinery.residents.FrontDoor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Find a resident": the form, the results (persons with the agreement of each detail typed, or "no likely
 * match"), and creating a new person when there is none. Searches are posted, so what a resident said never
 * sits in a web address, a browser history or a server log.
 */
@Controller
class FindController {

    static final int MAX_REASON = 1000;

    private final FrontDoor frontDoor;
    private final Clock clock;

    FindController(FrontDoor frontDoor, Clock clock) {
        this.frontDoor = frontDoor;
        this.clock = clock;
    }

    @GetMapping("/find")
    String form(Model model) {
        model.addAttribute("form", new FindForm());
        model.addAttribute("errors", new FormErrors());
        return "residents/find";
    }

    @PostMapping("/find")
    String search(@ModelAttribute("form") FindForm form, Model model) {
        FormErrors errors = new FormErrors();
        model.addAttribute("errors", errors);
        Optional<FindForm.Query> query = form.check(errors, LocalDate.now(clock));
        query.ifPresent(q -> showResults(q, frontDoor.search(CurrentUsers.actor(), q.details()), model));
        return "residents/find";
    }

    private static void showResults(FindForm.Query query, ResidentIndex.Search search, Model model) {
        model.addAttribute("search", search);
        model.addAttribute("rows", search.persons().stream().map(MatchRow::of).toList());
        model.addAttribute("identifier", query.identifier());
    }

    /**
     * From "no likely match": first the details to be registered and the reason asked for; then, confirmed,
     * the new person, unless a search now finds a likely match (someone registered them meanwhile).
     */
    @PostMapping("/find/new-person")
    String newPerson(@ModelAttribute("form") FindForm form, @RequestParam(defaultValue = "") String reason,
                     @RequestParam(defaultValue = "false") boolean confirm, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        model.addAttribute("errors", errors);
        model.addAttribute("reason", reason);
        Optional<FindForm.Query> query = form.check(errors, LocalDate.now(clock));
        if (query.isEmpty()) {
            return "residents/find";
        }
        model.addAttribute("details", query.get().details());
        if (!confirm) {
            return "residents/new-person";
        }
        String why = reason.strip();
        if (why.isEmpty()) {
            errors.reject("reason", "find.newPerson.reason.missing");
        } else if (why.length() > MAX_REASON) {
            errors.reject("reason", "find.newPerson.reason.tooLong", MAX_REASON);
        } else if (why.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            // Kept in the person's history: PostgreSQL refuses the NUL character, and the others are not text.
            errors.reject("reason", "find.newPerson.reason.characters");
        }
        if (errors.any()) {
            return "residents/new-person";
        }
        Actor actor = CurrentUsers.actor();
        ResidentIndex.Search search = frontDoor.search(actor, query.get().details());
        if (!search.persons().isEmpty()) {
            model.addAttribute("foundMeanwhile", true);
            showResults(query.get(), search, model);
            return "residents/find";
        }
        PersonRef person = frontDoor.register(actor, query.get().details(), why);
        redirect.addFlashAttribute("registered", person.joineryId());
        return "redirect:/find/new-person/registered";
    }

    @GetMapping("/find/new-person/registered")
    String registered(Model model) {
        return model.containsAttribute("registered") ? "residents/registered" : "redirect:/find";
    }
}
