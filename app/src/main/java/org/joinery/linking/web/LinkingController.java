package org.joinery.linking.web;

import org.joinery.access.Actor;
import org.joinery.linking.LinkageRuns;
import org.joinery.linking.ModelVersions;
import org.joinery.linking.NotEnoughLabels;
import org.joinery.linking.StoredModel;
import org.joinery.platform.web.CurrentUsers;
import org.joinery.platform.web.Notice;
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
 * The data team's linkage pages: runs (start a full run, see each run's status and summary) and model versions
 * (train, activate, and see a model's m, u and match weights as bars and as a table). Each page and action
 * asks the gate for LINKAGE, so anyone but the host organisation's administrators is refused, and audited.
 */
@Controller
class LinkingController {

    private static final int RUNS_SHOWN = 20;

    private final LinkageRuns runs;
    private final ModelVersions models;

    LinkingController(LinkageRuns runs, ModelVersions models) {
        this.runs = runs;
        this.models = models;
    }

    @GetMapping("/linking")
    String runs(Model model) {
        Actor actor = CurrentUsers.actor();
        var shown = runs.newest(actor, RUNS_SHOWN);
        model.addAttribute("runs", shown);
        model.addAttribute("running", shown.stream().anyMatch(view -> view.run().running()));
        return "linking/runs";
    }

    @PostMapping("/linking/runs")
    String startRun(RedirectAttributes redirect) {
        runs.startFullRun(CurrentUsers.actor());
        redirect.addFlashAttribute("success", new Notice("linking.runs.started.notice"));
        return "redirect:/linking";
    }

    @GetMapping("/linking/models")
    String models(Model model) {
        model.addAttribute("models", models.all(CurrentUsers.actor()));
        model.addAttribute("labelsNeeded", ModelVersions.labelsNeeded());
        return "linking/models";
    }

    @PostMapping("/linking/models")
    String train(@RequestParam(defaultValue = "") String training, RedirectAttributes redirect, Model model) {
        Actor actor = CurrentUsers.actor();
        if (!training.equals(StoredModel.EM) && !training.equals(StoredModel.SUPERVISED)) {
            model.addAttribute("trainingError", "linking.models.training.choose");
            return models(model);
        }
        if (training.equals(StoredModel.SUPERVISED)) {
            try {
                // Supervised training is quick to refuse: check the labels now, train in the background.
                models.train(actor, true, false);
                redirect.addFlashAttribute("success", new Notice("linking.models.trained"));
                return "redirect:/linking/models";
            } catch (NotEnoughLabels e) {
                model.addAttribute("trainingError", "linking.models.training.notEnoughLabels");
                model.addAttribute("labelsHave", e.have());
                return models(model);
            }
        }
        models.startTraining(actor, false);
        redirect.addFlashAttribute("success", new Notice("linking.models.trainingStarted"));
        return "redirect:/linking/models";
    }

    @PostMapping("/linking/models/{version}/activate")
    String activate(@PathVariable int version, RedirectAttributes redirect) {
        if (!models.activate(CurrentUsers.actor(), version)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("success", new Notice("linking.models.activated", version));
        return "redirect:/linking/models";
    }

    @GetMapping("/linking/models/{version}")
    String model(@PathVariable int version, Model model) {
        StoredModel stored = models.version(CurrentUsers.actor(), version)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("stored", stored);
        model.addAttribute("chart", ModelChart.of(stored.model()));
        return "linking/model";
    }
}
