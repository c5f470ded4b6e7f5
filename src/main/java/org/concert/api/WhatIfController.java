package org.concert.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ProblemDetail;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.concert.session.Evaluator;
import org.concert.rulebase.RuleBase;
import org.concert.server.CaseStore;
import org.concert.server.ServingRules;
import org.concert.server.StoredCase;
import org.concert.whatif.BaseCase;
import org.concert.whatif.WhatIf;
import org.concert.whatif.WhatIfRequest;
import org.concert.whatif.WhatIfResult;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

@RestController
@Tag(name = "what-if", description = "A case with facts added, removed or replaced, before and after")
class WhatIfController {

    private static final String EXAMPLE = """
            {"caseId": "russia-west-1990-2022",
             "changes": {"remove": ["bucharest-2008"],
                         "add": [{"into": "events", "id": "neutral-ukraine", "date": "2008-05-01", "kind": "neutrality",
                                  "title": "Ukraine adopts neutrality", "actor": "UKR", "binding": true,
                                  "source": {"author": "Analyst", "year": 2024, "title": "Counterfactual"}}],
                         "change": []}}""";

    private final CaseStore cases;
    private final ServingRules rules;
    private final WhatIf whatIf;
    private final EvaluationMetrics metrics;

    WhatIfController(CaseStore cases, ServingRules rules, Evaluator evaluator, EvaluationMetrics metrics) {
        this.cases = cases;
        this.rules = rules;
        this.whatIf = new WhatIf(evaluator);
        this.metrics = metrics;
    }

    @ApiResponse(responseCode = "200", description = "before, after and the difference", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "malformed JSON, or a missing or bad asOf date", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "caseId names no stored case", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "413", description = "a body over concert.max-body-bytes", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "415", description = "a body that is not application/json", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "a request or changed case that breaks the case format (errors lists each, by its path in the request), or rules that did not settle", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "an evaluation took longer than the time limit", content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(path = "/api/what-if", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "What if: evaluate a case with facts added, removed or replaced",
            description = "The case is a stored one (caseId) or sent inline (case). changes.remove lists fact ids; "
                    + "changes.change gives whole facts that replace the fact with the same id; changes.add gives new "
                    + "facts, each with \"into\": actors, organisations, memberships or events (default events). "
                    + "Both versions are evaluated as of the date with the same rules. The difference lists warnings "
                    + "that appeared or vanished (with their justifications) and those whose level changed; a warning "
                    + "is the same before and after when its kind and actors are. Fact paths in justifications point into the "
                    + "case as it was, or at the change that brought the fact ($.changes.add[0]). Errors name their path in the request.")
    WhatIfResult whatIf(@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "the case and the changes",
                                content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object"),
                                        examples = @ExampleObject(value = EXAMPLE)))
                        @RequestBody byte[] body,
                        @Parameter(description = "the date to evaluate at (YYYY-MM-DD)", example = "2008-04-04")
                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        WhatIfRequest request = WhatIfRequest.parse(JsonBodies.read(body));
        StoredCase stored = request.caseId() == null ? null
                : cases.find(request.caseId()).orElseThrow(() -> new UnknownCaseException(request.caseId()));
        RuleBase snapshot = rules.current();
        return metrics.time("what-if", () -> {
            BaseCase base = stored != null ? BaseCase.stored(stored.caseFile(), stored.json()) : BaseCase.inline(request.inlineCase());
            return whatIf.run(base, request.changes(), asOf, snapshot);
        });
    }
}
