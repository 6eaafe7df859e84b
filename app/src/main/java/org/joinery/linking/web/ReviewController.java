package org.joinery.linking.web;

import java.util.List;
import java.util.Optional;
import org.joinery.access.AccessGate;
import org.joinery.access.Action;
import org.joinery.access.Actor;
import org.joinery.access.DataCategory;
import org.joinery.access.DataRef;
import org.joinery.access.Grant;
import org.joinery.access.Purpose;
import org.joinery.linking.ClericalReview;
import org.joinery.linking.PairPage;
import org.joinery.linking.QueuedPair;
import org.joinery.linking.ReviewDecision;
import org.joinery.platform.web.CurrentUsers;
import org.joinery.platform.web.FormErrors;
import org.joinery.platform.web.Notice;
import org.joinery.platform.web.Pagination;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clerical review pages: the queue at /review and one pair at /review/{left}-{right} (the two source
 * record ids). Every view and decision goes through the gate, so refusals are audited too.
 */
@Controller
class ReviewController {

    static final int PAGE_SIZE = 25;

    private final AccessGate gate;
    private final ClericalReview review;

    ReviewController(AccessGate gate, ClericalReview review) {
        this.gate = gate;
        this.review = review;
    }

    @GetMapping("/review")
    String queue(@RequestParam(defaultValue = "1") String page, Model model) {
        Grant grant = linkage(Action.READ, null);
        List<QueuedPair> waiting = review.waiting(grant);
        int number = pageNumber(page, waiting.size());
        int from = (number - 1) * PAGE_SIZE;
        model.addAttribute("band", review.band());
        model.addAttribute("total", waiting.size());
        model.addAttribute("pairs", waiting.subList(from, Math.min(waiting.size(), from + PAGE_SIZE)));
        model.addAttribute("pagination", Pagination.of(number, waiting.size(), PAGE_SIZE, n -> "/review?page=" + n));
        return "review/queue";
    }

    @GetMapping("/review/{left:\\d+}-{right:\\d+}")
    String pair(@PathVariable long left, @PathVariable long right, Model model) {
        String pairId = left + "-" + right;
        Grant read = linkage(Action.READ, pairId);
        Grant extract = gate.authorise(CurrentUsers.actor(), Action.READ,
                new DataRef(DataCategory.SOURCE_EXTRACT, pairId, null, null), Purpose.RECORD_LINKAGE);
        PairPage page = review.show(read, extract, left, right).orElseThrow(ReviewController::notFound);
        model.addAttribute("page", page);
        model.addAttribute("decisions", ReviewDecision.values());
        model.addAttribute("form", new DecisionForm(page.decided() == null ? null : page.decided().decision().name(),
                page.decided() == null ? null : page.decided().note()));
        model.addAttribute("errors", new FormErrors());
        return "review/pair";
    }

    @PostMapping("/review/{left:\\d+}-{right:\\d+}")
    String decide(@PathVariable long left, @PathVariable long right, @RequestParam(required = false) String decision,
                  @RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
        String pairId = left + "-" + right;
        DecisionForm form = new DecisionForm(decision, note);
        FormErrors errors = form.errors();
        if (errors.any()) {
            pair(left, right, model);
            model.addAttribute("form", form);
            model.addAttribute("errors", errors);
            return "review/pair";
        }
        Grant read = linkage(Action.READ, pairId);
        Grant write = linkage(Action.WRITE, pairId);
        Actor actor = CurrentUsers.actor();
        review.decide(read, write, left, right, form.parsed().orElseThrow(), form.cleanNote(), actor.username())
                .orElseThrow(ReviewController::notFound);
        redirect.addFlashAttribute("success", new Notice("review.decided." + form.parsed().orElseThrow().name()));
        Optional<QueuedPair> next = review.next(read);
        return next.map(queued -> "redirect:/review/" + queued.pair().id()).orElse("redirect:/review");
    }

    private Grant linkage(Action action, String pairId) {
        return gate.authorise(CurrentUsers.actor(), action, new DataRef(DataCategory.LINKAGE, pairId, null, null),
                Purpose.RECORD_LINKAGE);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No such pair in the latest linkage run");
    }

    /** Page numbers outside the queue show its last page rather than an empty one. */
    private static int pageNumber(String page, int total) {
        int last = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        try {
            return Math.min(last, Math.max(1, Integer.parseInt(page.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
