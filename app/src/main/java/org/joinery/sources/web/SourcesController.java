package org.joinery.sources.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.joinery.access.Actor;
import org.joinery.linkage.LinkageException;
import org.joinery.linkage.model.PersonField;
import org.joinery.linkage.model.SourceMapping;
import org.joinery.organisations.NotYourOrganisation;
import org.joinery.organisations.Organisation;
import org.joinery.organisations.Organisations;
import org.joinery.platform.web.CurrentUsers;
import org.joinery.platform.web.FormErrors;
import org.joinery.platform.web.Notice;
import org.joinery.sources.InvalidSource;
import org.joinery.sources.NewSource;
import org.joinery.sources.NoSuchSource;
import org.joinery.sources.Source;
import org.joinery.sources.SourceImports;
import org.joinery.sources.SourceRegistration;
import org.joinery.sources.Sources;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sources list, a source's page with its batches, and registering a source with its mapping: the mapping is
 * built from a sample file's columns (or pasted or uploaded as JSON) and previewed on the sample's first rows.
 */
@Controller
@RequestMapping("/sources")
class SourcesController {

    private final Sources sources;
    private final SourceRegistration registration;
    private final Organisations organisations;
    private final SourceImports imports;

    SourcesController(Sources sources, SourceRegistration registration, Organisations organisations, SourceImports imports) {
        this.sources = sources;
        this.registration = registration;
        this.organisations = organisations;
        this.imports = imports;
    }

    @GetMapping
    String list(Model model) {
        Actor actor = CurrentUsers.actor();
        Map<UUID, String> names = organisations.all().stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
        model.addAttribute("sources", sources.all());
        model.addAttribute("organisationNames", names);
        model.addAttribute("mayRegister", !administered(actor).isEmpty());
        return "sources/list";
    }

    @GetMapping("/{name}")
    String show(@PathVariable String name, Model model) {
        Source source = sources.named(name).orElseThrow(() -> new NoSuchSource(name));
        Actor actor = CurrentUsers.actor();
        boolean manages = SourceRegistration.mayManage(actor, source.organisationId());
        model.addAttribute("source", source);
        model.addAttribute("organisationName", organisations.find(source.organisationId()).map(Organisation::name).orElse(""));
        model.addAttribute("manages", manages);
        model.addAttribute("batches", manages ? imports.batches(source.id()) : List.of());
        model.addAttribute("columns", sources.columns(source.id()).orElse(List.of()));
        return "sources/source";
    }

    @GetMapping("/new")
    String newSource(Model model) {
        List<Organisation> mine = administered(CurrentUsers.actor());
        if (mine.isEmpty()) {
            throw new NotYourOrganisation(CurrentUsers.actor().username(), null);
        }
        return form(model, mine, new org.springframework.util.LinkedMultiValueMap<>(), MappingDraft.ofSample(""), null,
                new FormErrors(), null);
    }

    @PostMapping("/new")
    String register(@RequestParam MultiValueMap<String, String> form,
                    @RequestParam(required = false) MultipartFile sampleFile,
                    @RequestParam(required = false) MultipartFile mappingFile,
                    Model model, RedirectAttributes redirect) throws IOException {
        Actor actor = CurrentUsers.actor();
        List<Organisation> mine = administered(actor);
        if (mine.isEmpty()) {
            throw new NotYourOrganisation(actor.username(), null);
        }
        String sampleText = sampleFile != null && !sampleFile.isEmpty()
                ? head(sampleFile) : MappingDraft.first(form, "sample");
        MappingDraft draft = MappingDraft.ofSample(sampleText);
        String name = MappingDraft.first(form, "name");
        String pasted = mappingFile != null && !mappingFile.isEmpty()
                ? new String(mappingFile.getBytes(), StandardCharsets.UTF_8) : MappingDraft.first(form, "mappingJson");
        String json = !pasted.isEmpty() ? pasted : MappingDraft.first(form, "recordId").isEmpty() ? "" : MappingDraft.json(name, form);
        FormErrors errors = new FormErrors();
        MappingPreview preview = null;
        if (!json.isEmpty() && draft.hasSample()) {
            try {
                SourceMapping mapping = SourceRegistration.mapping(name, json);
                preview = MappingPreview.of(mapping, draft, MappingDraft.first(form, "openedColumn"),
                        MappingDraft.first(form, "closedColumn"));
            } catch (LinkageException e) {
                errors.reject("mappingJson", "sources.mappingJson.invalid", e.getMessage());
            }
        }
        boolean save = "save".equals(MappingDraft.first(form, "action"));
        if (!save || errors.any()) {
            if (!save && json.isEmpty() && !draft.hasSample()) {
                errors.reject("sampleFile", "sources.sampleFile.missing");
            }
            return form(model, mine, form, draft, json, errors, preview);
        }
        try {
            Source source = registration.register(actor, new NewSource(name, MappingDraft.first(form, "title"),
                    organisation(form), MappingDraft.first(form, "lawfulBasis"), MappingDraft.first(form, "contact"),
                    "true".equals(form.getFirst("sensitive")), json, MappingDraft.first(form, "openedColumn"),
                    MappingDraft.first(form, "closedColumn"), draft.header()));
            redirect.addFlashAttribute("success", new Notice("sources.registered", source.name()));
            return "redirect:/sources/" + source.name();
        } catch (InvalidSource invalid) {
            invalid.problems().forEach(p -> errors.reject(p.field(), p.messageKey(), p.args()));
            return form(model, mine, form, draft, json, errors, preview);
        }
    }

    private String form(Model model, List<Organisation> mine, MultiValueMap<String, String> form, MappingDraft draft,
                        String json, FormErrors errors, MappingPreview preview) {
        model.addAttribute("organisations", mine);
        model.addAttribute("form", form.toSingleValueMap());
        model.addAttribute("chosen", MappingDraft.chosen(form));
        model.addAttribute("personFields", java.util.Arrays.stream(PersonField.values()).map(PersonField::jsonName).toList());
        model.addAttribute("draft", draft);
        model.addAttribute("mappingJson", json == null ? "" : json);
        model.addAttribute("errors", errors);
        model.addAttribute("preview", preview);
        return "sources/new";
    }

    private List<Organisation> administered(Actor actor) {
        return organisations.all().stream().filter(o -> SourceRegistration.mayManage(actor, o.id())).toList();
    }

    private static UUID organisation(MultiValueMap<String, String> form) {
        try {
            return UUID.fromString(MappingDraft.first(form, "organisationId"));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The sample's first lines: enough for the header and the preview rows, never the whole file. */
    private static String head(MultipartFile file) throws IOException {
        try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
            StringBuilder head = new StringBuilder();
            String line;
            int lines = 0;
            while (lines < 200 && head.length() < 200_000 && (line = reader.readLine()) != null) {
                head.append(line).append('\n');
                lines++;
            }
            return head.toString();
        }
    }
}
