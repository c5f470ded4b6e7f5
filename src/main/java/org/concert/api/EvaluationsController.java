package org.concert.api;

import org.concert.casefile.CaseLoader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ProblemDetail;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.concert.casefile.CaseFile;
import org.concert.evaluation.Evaluation;
import org.concert.evaluation.EvaluationGraph;
import org.concert.session.Evaluator;
import org.concert.rulebase.RuleBase;
import org.concert.server.ServingRules;
import org.concert.whatif.WhatIfRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;

@RestController
@Tag(name = "evaluations", description = "Evaluation of a case sent in the request")
class EvaluationsController {

    private final ServingRules rules;
    private final Evaluator evaluator;
    private final EvaluationMetrics metrics;

    EvaluationsController(ServingRules rules, Evaluator evaluator, EvaluationMetrics metrics) {
        this.rules = rules;
        this.evaluator = evaluator;
        this.metrics = metrics;
    }

    @ApiResponse(responseCode = "200", description = "the evaluation, as a tree (default) or a graph (shape=graph)",
            content = @Content(mediaType = "application/json", schema = @Schema(oneOf = {Evaluation.class, EvaluationGraph.class})))
    @ApiResponse(responseCode = "400", description = "malformed JSON, a missing or bad asOf date, or a shape other than tree or graph", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "413", description = "a body over concert.max-body-bytes", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "415", description = "a body that is not application/json", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "a case that breaks the case format (errors lists each, by JSON path), or rules that did not settle", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "the evaluation took longer than the time limit", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(path = "/api/evaluations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Evaluate a case sent in the body, as of a date",
            description = "The case is checked like a case file (schema, then ids and references) and is not stored. "
                    + "Errors name their JSON path in the body.")
    Object evaluate(@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "a case, as in cases/case.schema.json",
                                content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object")))
                        @RequestBody byte[] body,
                        @Parameter(description = "the date to evaluate at (YYYY-MM-DD)", example = "2008-04-04")
                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                        @Parameter(description = AnswerShape.DESCRIPTION, schema = @Schema(allowableValues = {"tree", "graph"}, defaultValue = "tree"))
                        @RequestParam(name = AnswerShape.PARAMETER, required = false) String shape) {
        AnswerShape as = AnswerShape.parse(shape);
        JsonNode tree = JsonBodies.read(body);
        RuleBase snapshot = rules.current();
        return as.write(metrics.time("posted", () -> {
            CaseFile c = CaseLoader.fromTree(tree, WhatIfRequest.ORIGIN);
            return evaluator.evaluate(snapshot, c, asOf);
        }));
    }
}
