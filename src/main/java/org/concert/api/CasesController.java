package org.concert.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ProblemDetail;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.concert.engine.Evaluation;
import org.concert.engine.Evaluator;
import org.concert.engine.RuleBase;
import org.concert.server.CaseStore;
import org.concert.server.ServingRules;
import org.concert.server.StoredCase;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/cases")
@Tag(name = "cases", description = "The stored cases and their evaluation")
class CasesController {

    private final CaseStore cases;
    private final ServingRules rules;
    private final Evaluator evaluator;
    private final EvaluationMetrics metrics;

    CasesController(CaseStore cases, ServingRules rules, Evaluator evaluator, EvaluationMetrics metrics) {
        this.cases = cases;
        this.rules = rules;
        this.evaluator = evaluator;
        this.metrics = metrics;
    }

    @GetMapping
    @Operation(summary = "List the stored cases", description = "Id, title, period and the number of facts of each kind.")
    List<CaseSummary> list() {
        return cases.all().stream().map(c -> CaseSummary.of(c.caseFile())).toList();
    }

    @ApiResponse(responseCode = "200", description = "the case's JSON", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "no stored case has this id", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/{id}")
    @Operation(summary = "Get a stored case", description = "The case's JSON as stored in its file.")
    JsonNode get(@PathVariable String id) {
        return find(id).json();
    }

    @ApiResponse(responseCode = "200", description = "the evaluation", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "a missing or bad asOf date", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "no stored case has this id", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "the rules did not settle (fire limit)", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "the evaluation took longer than the time limit", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/{id}/evaluation")
    @Operation(summary = "Evaluate a stored case as of a date",
            description = "Warnings and conclusions from the facts known on that date, each with its justification; "
                    + "the same JSON as the CLI's evaluate --format json.")
    Evaluation evaluate(@PathVariable String id,
                        @Parameter(description = "the date to evaluate at (YYYY-MM-DD)", example = "2008-04-04")
                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        StoredCase c = find(id);
        RuleBase snapshot = rules.current();
        return metrics.time("stored", () -> evaluator.evaluate(snapshot, c.caseFile(), asOf));
    }

    private StoredCase find(String id) {
        return cases.find(id).orElseThrow(() -> new UnknownCaseException(id));
    }
}
