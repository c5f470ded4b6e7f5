package org.concert.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ProblemDetail;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.concert.casefile.CaseFile;
import org.concert.regression.LeadTime;
import org.concert.regression.RegressionSuite;
import org.concert.regression.SimilarCases;
import org.concert.regression.Step;
import org.concert.regression.Timeline;
import org.concert.evaluation.Evaluation;
import org.concert.evaluation.EvaluationGraph;
import org.concert.session.Evaluator;
import org.concert.rulebase.RuleBase;
import org.concert.server.CaseStore;
import org.concert.server.ConcertProperties;
import org.concert.server.ServingRules;
import org.concert.server.StoredCase;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/cases")
@Tag(name = "cases", description = "The stored cases: their evaluation, timeline, lead times and the cases alike")
class CasesController {

    private final CaseStore cases;
    private final ServingRules rules;
    private final Evaluator evaluator;
    private final EvaluationMetrics metrics;
    private final StoredEvaluations kept;
    private final JsonMapper json;
    private final int maxTimelinePoints;

    CasesController(CaseStore cases, ServingRules rules, Evaluator evaluator, EvaluationMetrics metrics, StoredEvaluations kept,
                    JsonMapper json, ConcertProperties properties) {
        this.json = json;
        this.maxTimelinePoints = properties.maxTimelinePoints();
        this.cases = cases;
        this.rules = rules;
        this.evaluator = evaluator;
        this.metrics = metrics;
        this.kept = kept;
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

    @ApiResponse(responseCode = "200", description = "the evaluation, as a tree (default) or a graph (shape=graph)",
            content = @Content(mediaType = "application/json", schema = @Schema(oneOf = {Evaluation.class, EvaluationGraph.class})))
    @ApiResponse(responseCode = "400", description = "a missing or bad asOf date, or a shape other than tree or graph", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "no stored case has this id", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "the rules did not settle (fire limit)", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "the evaluation took longer than the time limit", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/{id}/evaluation")
    @Operation(summary = "Evaluate a stored case as of a date",
            description = "Warnings and conclusions from the facts known on that date, each with its justification; "
                    + "by default the same JSON as the CLI's evaluate --format json; with shape=graph each justification once.")
    ResponseEntity<byte[]> evaluate(@PathVariable String id,
                        @Parameter(description = "the date to evaluate at (YYYY-MM-DD)", example = "2008-04-04")
                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                        @Parameter(description = AnswerShape.DESCRIPTION, schema = @Schema(allowableValues = {"tree", "graph"}, defaultValue = "tree"))
                        @RequestParam(name = AnswerShape.PARAMETER, required = false) String shape) {
        AnswerShape as = AnswerShape.parse(shape);
        StoredCase c = find(id);
        RuleBase snapshot = rules.current();
        // Written here, with the server's own mapper, so that a kept answer is the same bytes as a fresh one.
        byte[] answer = kept.get(snapshot, c.id(), asOf, as,
                () -> json.writeValueAsBytes(as.write(metrics.time("stored", () -> evaluator.evaluate(snapshot, c.caseFile(), asOf)))),
                () -> metrics.kept("stored"));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(answer);
    }

    @ApiResponse(responseCode = "200", description = "the timeline", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "a bad date or step, a timeline that ends before it starts, or one with more dates than concert.max-timeline-points", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "no stored case has this id", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/{id}/timeline")
    @Operation(summary = "Replay a stored case over time",
            description = "The highest level and the warnings at every step from `from` to `to` (default: the case's period, monthly), "
                    + "and when each warning appears and disappears. Incremental: one session, facts inserted in date order.")
    Timeline timeline(@PathVariable String id,
                      @Parameter(description = "first date (YYYY-MM-DD); default the case's period start")
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @Parameter(description = "last date (YYYY-MM-DD); default the case's period end")
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                      @Parameter(description = "month, year, facts (every date a fact changes), or like 3m, 2y, 10d", example = "month")
                      @RequestParam(defaultValue = "month") String step) {
        CaseFile c = find(id).caseFile();
        LocalDate start = from == null ? c.period().from() : from;
        LocalDate end = to == null ? c.period().to() : to;
        Step s;
        try {
            s = Step.parse(step);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("step: " + e.getMessage());
        }
        if (end.isBefore(start)) throw new BadParameterException("the timeline ends (" + end + ") before it starts (" + start + ")");
        RuleBase snapshot = rules.current();
        long points = s.points(start, end, c.changes().size() + snapshot.parameters().changes().size());
        if (points > maxTimelinePoints) {
            throw new BadParameterException("a timeline of about " + points + " dates from " + start + " to " + end + " by " + s
                    + " is more than the limit of " + maxTimelinePoints + " (concert.max-timeline-points): use a longer step, "
                    + "step=facts (exact to the day), or a shorter range");
        }
        return metrics.time("timeline", () -> Timeline.replay(snapshot, c, start, end, s, evaluator.limits()));
    }

    @ApiResponse(responseCode = "200", description = "one lead time per outcome", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "no stored case has this id", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/{id}/lead-times")
    @Operation(summary = "Lead time of the warnings before each outcome",
            description = "For each outcome of the case: the first date a warning reached the outcome's expected level, and the time "
                    + "from then to the outcome (negative if late, absent if never).")
    List<LeadTime> leadTimes(@PathVariable String id) {
        CaseFile c = find(id).caseFile();
        RuleBase snapshot = rules.current();
        return metrics.time("lead-times", () -> new RegressionSuite(snapshot, evaluator.limits()).run(c).leadTimes());
    }

    @ApiResponse(responseCode = "200", description = "the other cases, most alike first", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "a missing or bad asOf date", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "no stored case has this id", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/{id}/similar")
    @Operation(summary = "The stored cases most alike this one at a date",
            description = "Ranked by the Jaccard similarity of the propositions that fire, with the shared propositions listed.")
    List<SimilarCases.Similarity> similar(@PathVariable String id,
                                          @Parameter(description = "the date to compare at (YYYY-MM-DD)", example = "2008-04-04")
                                          @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        CaseFile c = find(id).caseFile();
        RuleBase snapshot = rules.current();
        List<CaseFile> library = cases.all().stream().map(StoredCase::caseFile).toList();
        return metrics.time("similar", () -> new SimilarCases(snapshot, evaluator.limits()).rank(c, asOf, library));
    }

    private StoredCase find(String id) {
        return cases.find(id).orElseThrow(() -> new UnknownCaseException(id));
    }
}
