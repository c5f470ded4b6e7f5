package org.concert.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.concert.authoring.Activation;
import org.concert.authoring.AuditLog;
import org.concert.authoring.RuleChange;
import org.concert.authoring.RuleGate;
import org.concert.rulebase.RuleFiles;
import org.concert.rulebase.RuleProblem;
import org.concert.server.ConcertProperties;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.file.Path;
import java.security.Principal;
import java.util.List;

/**
 * Rule authoring over HTTP, for analysts: read the rule files, check a file without activating it,
 * and create, replace or delete one through the regression gate (or reload what was edited on disk).
 * Every change is screened, then compiled and run against every historical case in a sandboxed child,
 * before it serves; a refused change is a 422 that lists the problems or the failing cases. Bodies are
 * JSON only ({@link JsonOnlyWrites}): no form or plain-text request from another site can reach these.
 */
@RestController
@RequestMapping("/api/rules")
@Tag(name = "rule authoring", description = "Analysts change the rule base through the regression gate (analyst role)")
@SecurityRequirement(name = "basic")
class RuleFilesController {

    private final RuleGate gate;
    private final AuditLog audit;
    private final Path rulesDir;

    RuleFilesController(RuleGate gate, ConcertProperties properties) {
        this.gate = gate;
        this.audit = new AuditLog(properties.auditLog());
        this.rulesDir = properties.rulesDir();
    }

    record RuleFileView(String file, String text) {
    }

    record CheckResult(boolean ok, List<RuleProblem> problems) {
    }

    /** A rule file's text, as a PUT sends it. */
    record RuleText(String text) {
    }

    /** A file to check: its name in the rules directory and its text. */
    record CheckRequest(String file, String text) {
    }

    /** The most audit records one page holds. */
    static final int MAX_AUDIT_PAGE = 200;

    @GetMapping("/files")
    @Operation(summary = "List the serving rule files", description = "Names relative to the rules directory, e.g. warnings/buffer-states.dslr.")
    List<String> files() {
        String prefix = prefix();
        return gate.serving().files().texts().keySet().stream().map(k -> k.substring(prefix.length())).toList();
    }

    @ApiResponse(responseCode = "200", description = "the file's text", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "no such rule file", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/files/{*file}")
    @Operation(summary = "Read a serving rule file")
    RuleFileView read(@Parameter(description = "e.g. warnings/buffer-states.dslr") @PathVariable String file) {
        String name = strip(file);
        String text = gate.serving().files().texts().get(prefix() + name);
        if (text == null) throw new UnknownRuleFileException(name);
        return new RuleFileView(name, text);
    }

    @ApiResponse(responseCode = "200", description = "the check's result: ok, or the problems with file, line and column", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "415", description = "a body that is not application/json", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "no sandbox to compile in, or every sandbox busy", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(path = "/check", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Check a rule file without activating it",
            description = "Validates (forbidden code, imports, metadata, static bounds) and compiles, in a sandboxed child, the rule base as it "
                    + "would be with this file in it. Nothing is written or served; the check is audited. Body: {\"file\": \"warnings/my-rules.drl\", \"text\": \"…\"}.")
    CheckResult check(@RequestBody CheckRequest request, Principal who) {
        if (request.file() == null || request.text() == null) throw new MalformedBodyException("expected {\"file\": …, \"text\": …}");
        Activation a = gate.check(strip(request.file()), request.text(), who.getName());
        return new CheckResult(a.problems().isEmpty(), a.problems());
    }

    @ApiResponse(responseCode = "200", description = "accepted: the new rule base serves", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "401", description = "no credentials", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "not an analyst", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "refused: invalid rules, or historical cases that would fail; nothing changed", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @PutMapping(path = "/files/{*file}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create or replace a rule file through the regression gate", description = "Body: {\"text\": \"…\"}.")
    Activation put(@Parameter(description = "e.g. warnings/my-rules.drl") @PathVariable String file, @RequestBody RuleText body, Principal who) {
        if (body.text() == null) throw new MalformedBodyException("expected {\"text\": …}");
        String name = strip(file);
        boolean exists = gate.serving().files().texts().containsKey(prefix() + name);
        return accepted(gate.propose(exists ? RuleChange.replace(name, body.text()) : RuleChange.create(name, body.text()), who.getName()));
    }

    @ApiResponse(responseCode = "200", description = "accepted: the new rule base serves", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "422", description = "refused; nothing changed", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @DeleteMapping("/files/{*file}")
    @Operation(summary = "Delete a rule file through the regression gate")
    Activation delete(@Parameter(description = "e.g. warnings/my-rules.drl") @PathVariable String file, Principal who) {
        return accepted(gate.propose(RuleChange.delete(strip(file)), who.getName()));
    }

    @ApiResponse(responseCode = "200", description = "accepted (or unchanged): what serves now", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "422", description = "the edited files are refused; the previous rule base keeps serving", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping("/reload")
    @Operation(summary = "Reload the rules directory as edited on disk, through the regression gate")
    Activation reload(Principal who) {
        return accepted(gate.propose(RuleChange.reload(), who.getName()));
    }

    @GetMapping("/audit")
    @Operation(summary = "The audit log, newest first, a page at a time",
            description = "Every proposed change and check: who, when, the diff (cut short for a rejection), the regression summary and the cost. "
                    + "total counts all records; offset skips the newest.")
    AuditLog.Page audit(@Parameter(description = "records to skip, newest first") @RequestParam(defaultValue = "0") long offset,
                        @Parameter(description = "records in the page, at most " + MAX_AUDIT_PAGE) @RequestParam(defaultValue = "50") int limit) {
        if (offset < 0) throw new BadParameterException("offset: must not be negative");
        if (limit < 1 || limit > MAX_AUDIT_PAGE) throw new BadParameterException("limit: from 1 to " + MAX_AUDIT_PAGE + " records a page");
        return audit.page(offset, limit);
    }

    private static Activation accepted(Activation a) {
        if (!a.accepted()) throw new RejectedChangeException(a);
        return a;
    }

    private String prefix() {
        return RuleFiles.displayName(rulesDir, rulesDir.resolve("x")).replaceFirst("x$", "");
    }

    private static String strip(String file) {
        return file.startsWith("/") ? file.substring(1) : file;
    }
}
