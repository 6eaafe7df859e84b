package org.joinery.sources.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joinery.access.AccessRefused;
import org.joinery.access.Actor;
import org.joinery.sources.ApiKeys;
import org.joinery.sources.BatchBody;
import org.joinery.sources.ImportOutcome;
import org.joinery.sources.NoSuchSource;
import org.joinery.sources.RowError;
import org.joinery.sources.SourceImports;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API for sending a source's extract: {@code POST /api/v1/sources/{name}/batches} with an API key.
 * Answers 201 when the batch landed, 200 when it was received before (nothing changed), 422 with every row error
 * (nothing changed), 401 without a live key and 403 for a key of another organisation. See docs/api.md.
 */
@RestController
class BatchesApi {

    static final String PATH = "/api/v1/sources/{name}/batches";
    private final SourceImports imports;
    private final ApiKeys keys;

    BatchesApi(SourceImports imports, ApiKeys keys) {
        this.imports = imports;
        this.keys = keys;
    }

    // No "consumes": a body of another type gets this API's own 415 problem, not the error page's.
    @PostMapping(path = PATH)
    ResponseEntity<?> send(@PathVariable String name, @RequestBody(required = false) byte[] body, HttpServletRequest request) {
        Actor actor = actor(request);
        if (!json(request.getContentType())) {
            return notJson();
        }
        BatchBody batch = BatchBody.parse(body);
        if (batch.problem() != null) {
            return problem(HttpStatus.BAD_REQUEST, batch.problem().title(), batch.problem().detail(), null);
        }
        List<Map<String, String>> rows = batch.records();
        List<RowError> shapeErrors = batch.errors();
        int row = rows.size();
        if (!shapeErrors.isEmpty()) {
            // Still ask the gate first, so an unauthorised sender learns nothing about the data's shape.
            imports.authorise(actor, name);
            return rejected(ImportOutcome.rejected(null, row, shapeErrors, shapeErrors.size()));
        }
        ImportOutcome outcome = imports.importRows(actor, name, rows, body);
        return switch (outcome.status()) {
            case LANDED -> ResponseEntity.created(URI.create("/sources/" + name + "/batches/" + outcome.batchId()))
                    .body(summary(outcome, "landed", "The batch landed: the source now holds what it says."));
            case ALREADY_RECEIVED -> ResponseEntity.ok(summary(outcome, "already-received",
                    "This batch was received before: nothing changed."));
            case REJECTED -> rejected(outcome);
        };
    }

    @ExceptionHandler(AccessRefused.class)
    ResponseEntity<ProblemDetail> refused(AccessRefused refused) {
        Actor actor = refused.request().actor();
        if (actor.organisationId() == null) {
            return problem(HttpStatus.UNAUTHORIZED, "No live API key", "Send a live API key of the source's organisation"
                    + " in the header Authorization: Bearer <key>. Administrators create and revoke keys at /sources/api-keys.", null);
        }
        return problem(HttpStatus.FORBIDDEN, "This key may not send this source's extracts", refused.reason()
                + " Use a key of the organisation that holds the source.", null);
    }

    /** A content type Spring cannot even parse fails before the method is called. */
    @ExceptionHandler({HttpMediaTypeNotSupportedException.class, InvalidMediaTypeException.class})
    ResponseEntity<ProblemDetail> notJson() {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The body is not sent as JSON", "Send the batch with the"
                + " header Content-Type: application/json. " + BatchBody.SHAPE + ".", null);
    }

    @ExceptionHandler(NoSuchSource.class)
    ResponseEntity<ProblemDetail> noSuchSource(NoSuchSource missing) {
        return problem(HttpStatus.NOT_FOUND, "No such source", missing.getMessage()
                + ": check the name in the address (see the sources list at /sources).", null);
    }

    private static Map<String, Object> summary(ImportOutcome outcome, String status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("batchId", outcome.batchId());
        body.put("status", status);
        body.put("message", message);
        body.put("rows", outcome.rows());
        body.put("new", outcome.added());
        body.put("changed", outcome.changed());
        body.put("restored", outcome.restored());
        body.put("unchanged", outcome.unchanged());
        body.put("withdrawn", outcome.withdrawn());
        return body;
    }

    private static ResponseEntity<ProblemDetail> rejected(ImportOutcome outcome) {
        List<Map<String, Object>> errors = outcome.errors().stream().map(error -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("row", error.row());
            item.put("column", error.column());
            item.put("message", error.message());
            return item;
        }).toList();
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "The batch was rejected: nothing changed",
                outcome.errorCount() + (outcome.errorCount() == 1 ? " problem" : " problems")
                        + " (row 0 is the batch as a whole). Correct them all and send the whole batch again.", errors);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail, Object errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (errors != null) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static boolean json(String contentType) {
        try {
            MediaType type = contentType == null ? null : MediaType.parseMediaType(contentType);
            return type != null && (type.isCompatibleWith(MediaType.APPLICATION_JSON)
                    || "json".equals(type.getSubtypeSuffix()) && "application".equals(type.getType()));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private Actor actor(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
            return actor;
        }
        return keys.withoutKey(request.getHeader("Authorization") == null ? "none" : "unknown-or-revoked");
    }
}
