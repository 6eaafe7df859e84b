package org.joinery.sources.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.joinery.access.AccessGate;
import org.joinery.access.Action;
import org.joinery.access.DataCategory;
import org.joinery.access.DataRef;
import org.joinery.access.Purpose;
import org.joinery.platform.JoineryProperties;
import org.joinery.platform.web.CsvExport;
import org.joinery.platform.web.CurrentUsers;
import org.joinery.platform.web.Pagination;
import org.joinery.sources.Batch;
import org.joinery.sources.ImportJob;
import org.joinery.sources.ImportOutcome;
import org.joinery.sources.NoSuchSource;
import org.joinery.sources.RowError;
import org.joinery.sources.Source;
import org.joinery.sources.SourceImports;
import org.joinery.sources.Sources;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Uploading an extract and following its import: the upload is streamed to a file and imported in the background;
 * the batch page refreshes itself (a Refresh header, no JavaScript) until the import is done, then shows what
 * landed or every error, page by page, with the errors as a CSV download.
 */
@Controller
@RequestMapping("/sources/{name}/batches")
class BatchesController {

    static final int ERRORS_PER_PAGE = 50;
    static final String REFRESH_SECONDS = "2";

    private final Sources sources;
    private final SourceImports imports;
    private final AccessGate gate;
    private final Path uploads;

    BatchesController(Sources sources, SourceImports imports, AccessGate gate, JoineryProperties properties) {
        this.sources = sources;
        this.imports = imports;
        this.gate = gate;
        this.uploads = properties.dataDir().resolve("uploads");
    }

    @PostMapping
    String upload(@PathVariable String name, @RequestParam(required = false) MultipartFile extract,
                  RedirectAttributes redirect) throws IOException {
        Source source = source(name);
        if (extract == null || extract.isEmpty()) {
            redirect.addFlashAttribute("uploadError", "sources.upload.missing");
            return "redirect:/sources/" + name + "#upload";
        }
        Files.createDirectories(uploads);
        Path file = Files.createTempFile(uploads, "extract-", ".csv");
        try {
            extract.transferTo(file);
            ImportJob job = imports.startUpload(CurrentUsers.actor(), source.name(), file,
                    Optional.ofNullable(extract.getOriginalFilename()).map(n -> Path.of(n).getFileName().toString()).orElse("extract.csv"));
            return "redirect:/sources/" + name + "/batches/" + job.id();
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    @GetMapping("/{id}")
    String batch(@PathVariable String name, @PathVariable UUID id, @RequestParam(defaultValue = "1") int page, Model model,
                 HttpServletResponse response) {
        Source source = readable(name);
        model.addAttribute("source", source);
        Optional<ImportJob> job = imports.job(id).filter(j -> j.sourceName().equals(name));
        Optional<Batch> landed = imports.batch(id).filter(b -> b.sourceId().equals(source.id()));
        if (job.isEmpty() && landed.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("job", job.orElse(null));
        model.addAttribute("batch", landed.orElse(null));
        if (job.isPresent() && !job.get().finished()) {
            response.setHeader("Refresh", REFRESH_SECONDS);
        }
        ImportOutcome outcome = job.map(ImportJob::outcome).orElse(null);
        model.addAttribute("outcome", outcome);
        if (outcome != null && outcome.status() == ImportOutcome.Status.REJECTED) {
            List<RowError> errors = outcome.errors();
            int pages = Math.max(1, (errors.size() + ERRORS_PER_PAGE - 1) / ERRORS_PER_PAGE);
            int current = Math.min(Math.max(1, page), pages);
            model.addAttribute("errors", errors.subList((current - 1) * ERRORS_PER_PAGE,
                    Math.min(errors.size(), current * ERRORS_PER_PAGE)));
            model.addAttribute("pagination", Pagination.of(current, errors.size(), ERRORS_PER_PAGE,
                    n -> "/sources/" + name + "/batches/" + id + "?page=" + n));
        }
        return "sources/batch";
    }

    @GetMapping("/{id}/errors.csv")
    void errors(@PathVariable String name, @PathVariable UUID id, HttpServletResponse response) throws IOException {
        readable(name);
        ImportOutcome outcome = imports.job(id).filter(j -> j.sourceName().equals(name)).map(ImportJob::outcome)
                .filter(o -> o.status() == ImportOutcome.Status.REJECTED)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "-errors.csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        CsvExport csv = new CsvExport(out);
        csv.row(List.of("line", "row", "column", "problem"));
        for (RowError error : outcome.errors()) {
            csv.row(java.util.Arrays.asList(error.line() == 0 ? "" : error.line(), error.row() == 0 ? "" : error.row(),
                    error.column(), error.message()));
        }
        if (outcome.errorCount() > outcome.errors().size()) {
            csv.row(List.of("", "", "", (outcome.errorCount() - outcome.errors().size())
                    + " more errors are not listed: correct these and upload again to see them"));
        }
        out.flush();
    }

    /** The batch pages and error reports are for those who may import the source: asked of the gate, audited. */
    private Source readable(String name) {
        Source source = source(name);
        gate.authorise(CurrentUsers.actor(), Action.READ, new DataRef(DataCategory.SOURCE_EXTRACT, null, source.name(),
                source.organisationId()), Purpose.DATA_IMPORT);
        return source;
    }

    private Source source(String name) {
        return sources.named(name).orElseThrow(() -> new NoSuchSource(name));
    }
}
