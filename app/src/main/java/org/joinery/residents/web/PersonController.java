package org.joinery.residents.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.joinery.platform.web.CurrentUsers;
import org.joinery.platform.web.Notice;
import org.joinery.residents.JoineryIdLookup;
import org.joinery.residents.PersonPage;
import org.joinery.residents.PersonPages;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.ModelAndView;

/**
 * The person page at /residents/{joineryId} and its details as CSV. Every view, the download included,
 * asks the gate afresh, so each is audited.
 */
@Controller
class PersonController {

    /** Joinery IDs are short letters, digits and hyphens; anything else cannot be one, so it is not looked up. */
    private static final Pattern JOINERY_ID = Pattern.compile("[A-Za-z0-9-]{1,12}");

    private final PersonPages view;
    private final MessageSource messages;

    PersonController(PersonPages view, MessageSource messages) {
        this.view = view;
        this.messages = messages;
    }

    @GetMapping("/residents/{joineryId}")
    ModelAndView page(@PathVariable String joineryId, RedirectAttributes redirect) {
        JoineryIdLookup lookup = valid(joineryId) ? view.look(CurrentUsers.actor(), joineryId) : new JoineryIdLookup.NotFound();
        if (lookup instanceof JoineryIdLookup.Found found) {
            return new ModelAndView("residents/person").addObject("person", found.page());
        }
        if (lookup instanceof JoineryIdLookup.MergedInto merged) {
            redirect.addFlashAttribute("success", new Notice("person.merged", joineryId, merged.joineryId()));
            return new ModelAndView("redirect:/residents/" + merged.joineryId());
        }
        return notFound(joineryId);
    }

    @GetMapping("/residents/{joineryId}/details.csv")
    Object details(@PathVariable String joineryId) {
        JoineryIdLookup lookup = valid(joineryId) ? view.look(CurrentUsers.actor(), joineryId) : new JoineryIdLookup.NotFound();
        if (lookup instanceof JoineryIdLookup.Found found) {
            return found.page().sideBySide() == null ? nothingToDownload() : csv(found.page());
        }
        if (lookup instanceof JoineryIdLookup.MergedInto merged) {
            return new ModelAndView("redirect:/residents/" + merged.joineryId() + "/details.csv");
        }
        return notFound(joineryId);
    }

    /**
     * The gate refused every holder's details (each refusal is in the audit log): 403, as a page the gate refuses
     * answers, rather than an empty file that looks like a download that worked.
     */
    private ModelAndView nothingToDownload() {
        ModelAndView page = new ModelAndView("error/403", HttpStatus.FORBIDDEN);
        page.addObject("refusalReason", messages.getMessage("person.details.csvRefused", null, Locale.UK));
        return page;
    }

    private ResponseEntity<byte[]> csv(PersonPage page) {
        String body = DetailsCsv.of(page.sideBySide(), key -> messages.getMessage(key, null, Locale.UK));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(page.joineryId() + "-details.csv").build().toString())
                .body(body.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean valid(String joineryId) {
        return JOINERY_ID.matcher(joineryId).matches();
    }

    private static ModelAndView notFound(String joineryId) {
        ModelAndView page = new ModelAndView("residents/person-not-found", HttpStatus.NOT_FOUND);
        page.addObject("joineryId", joineryId);
        return page;
    }
}
