package org.joinery.demo.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.joinery.demo.BoroughFolder;
import org.joinery.demo.SuppressedCount;
import org.joinery.synth.BoroughSummary;
import org.joinery.synth.Domain;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The demo-borough page: residents per ward and the true overlap of domains of disadvantage,
 * overall and by ward. Aggregates only, so any signed-in user may see it; counts below 10 are
 * suppressed.
 */
@Controller
class DemoBoroughController {

    private final BoroughFolder folder;

    DemoBoroughController(BoroughFolder folder) {
        this.folder = folder;
    }

    /** One row of the overlap table: the domains (message keys) and the suppressed count. */
    public record OverlapRow(List<String> domainKeys, SuppressedCount residents) {
    }

    /** One ward's row: residents, and how many are in contact for 1, 2 and 3 or more domains. */
    public record WardRow(String name, SuppressedCount residents, SuppressedCount one, SuppressedCount two, SuppressedCount threeOrMore) {
    }

    @GetMapping("/demo-borough")
    String demoBorough(Model model) throws IOException {
        if (!BoroughSummary.existsIn(folder.path())) {
            model.addAttribute("generated", false);
            return "demo/borough";
        }
        BoroughSummary summary = BoroughSummary.read(folder.path());
        BoroughSummary.Area borough = summary.borough();
        model.addAttribute("generated", true);
        model.addAttribute("residents", summary.residents());
        model.addAttribute("hardEdges", HardEdges.of(borough));
        model.addAttribute("overlap", overlapRows(borough));
        List<WardRow> wards = new ArrayList<>();
        for (BoroughSummary.Area area : summary.wardAreas()) {
            wards.add(new WardRow(area.name(), SuppressedCount.of(area.residents()), SuppressedCount.of(area.withDomainCount(1)),
                    SuppressedCount.of(area.withDomainCount(2)), SuppressedCount.of(area.withAtLeast(3))));
        }
        model.addAttribute("wards", wards);
        return "demo/borough";
    }

    /** Every combination of one or more domains, largest first. */
    private static List<OverlapRow> overlapRows(BoroughSummary.Area borough) {
        return borough.combinations().stream()
                .filter(combination -> !combination.domains().isEmpty())
                .sorted(Comparator.comparingLong(BoroughSummary.Combination::residents).reversed()
                        .thenComparing(combination -> combination.domains().size()))
                .map(combination -> new OverlapRow(keys(combination.domains()), SuppressedCount.of(combination.residents())))
                .toList();
    }

    private static List<String> keys(Set<Domain> domains) {
        return domains.stream().map(domain -> "borough.domain." + domain.name()).toList();
    }

    /** Of those in contact with homelessness, substance misuse or offending services: shares in two or more, and all three. */
    public record HardEdges(SuppressedCount inContact, long twoOrMorePercent, long allThreePercent) {

        static HardEdges of(BoroughSummary.Area borough) {
            Set<Domain> three = Domain.of(Domain.CORE);
            long any = borough.withAtLeastOf(three, 1);
            long two = borough.withAtLeastOf(three, 2);
            long all = borough.withAtLeastOf(three, 3);
            return new HardEdges(SuppressedCount.of(any), any == 0 ? 0 : Math.round(100.0 * two / any),
                    any == 0 ? 0 : Math.round(100.0 * all / any));
        }
    }
}
