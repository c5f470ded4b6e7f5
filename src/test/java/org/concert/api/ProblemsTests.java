package org.concert.api;

import org.concert.Fixtures;
import org.concert.authoring.Activation;
import org.concert.authoring.RuleChange;
import org.concert.authoring.RuleGate;
import org.concert.session.EvaluationTimeoutException;
import org.concert.session.Evaluator;
import org.concert.rulebase.RuleBase;
import org.concert.rulebase.RuleFiles;
import org.concert.rulebase.RuleProblem;
import org.concert.session.RunawayRulesException;
import org.concert.server.CaseStore;
import org.concert.server.ServingRules;
import org.concert.server.StoredCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Every kind of refusal, as the exact problem+json a client gets: status, type, title, detail and the members some add. */
@ControllerSliceTest
class ProblemsTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    RuleGate gate;
    @MockitoBean
    CaseStore cases;
    @MockitoBean
    ServingRules rules;
    @MockitoBean
    Evaluator evaluator;

    @BeforeEach
    void aStoredCaseAndItsRules() {
        when(cases.find("vienna-1815")).thenReturn(Optional.of(new StoredCase(Fixtures.loadCase("vienna-1815"), null)));
        when(cases.find("nope")).thenReturn(Optional.empty());
        when(rules.current()).thenReturn(mock(RuleBase.class));
        RuleBase serving = mock(RuleBase.class);
        when(serving.files()).thenReturn(new RuleFiles(Map.of("rules/warnings/junctures.drl", "package concert.rules;\n")));
        when(gate.serving()).thenReturn(serving);
    }

    /** The slice has no security filters: the signed-in analyst is given to the controller as the principal. */
    private static final Principal ANALYST = () -> "analyst";

    private MvcTestResult evaluatingTheStoredCaseFails(RuntimeException e) {
        when(evaluator.evaluate(any(), any(), any())).thenThrow(e);
        return mvc.get().uri("/api/cases/vienna-1815/evaluation?asOf=1816-01-01").exchange();
    }

    /** The exact bytes, so that a change of member, order or media type shows. */
    private static void problem(MvcTestResult result, int status, String json) {
        assertThat(result).hasStatus(status).hasContentType("application/problem+json");
        assertThat(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8)).isEqualTo(json);
    }

    @Test
    void anUnknownCase() {
        problem(mvc.get().uri("/api/cases/nope/evaluation?asOf=1816-01-01").exchange(), 404,
                "{\"detail\":\"no stored case has the id \\\"nope\\\"\",\"instance\":\"/api/cases/nope/evaluation\",\"status\":404,\"title\":\"Unknown case\",\"type\":\"urn:concert:problem:unknown-case\"}");
    }

    @Test
    void aDateThatIsNotADate() {
        problem(mvc.get().uri("/api/cases/vienna-1815/evaluation?asOf=1816-02-30").exchange(), 400,
                "{\"detail\":\"asOf: \\\"1816-02-30\\\" is not a date (YYYY-MM-DD)\",\"instance\":\"/api/cases/vienna-1815/evaluation\",\"status\":400,\"title\":\"Bad date\",\"type\":\"urn:concert:problem:bad-date\"}");
    }

    @Test
    void aTimelineThatEndsBeforeItStarts() {
        problem(mvc.get().uri("/api/cases/vienna-1815/timeline?from=1816-01-01&to=1815-01-01").exchange(), 400,
                "{\"detail\":\"the timeline ends (1815-01-01) before it starts (1816-01-01)\",\"instance\":\"/api/cases/vienna-1815/timeline\",\"status\":400,\"title\":\"Bad parameter\",\"type\":\"urn:concert:problem:bad-parameter\"}");
    }

    @Test
    void malformedJson() {
        problem(mvc.post().uri("/api/evaluations?asOf=2008-04-04").contentType(MediaType.APPLICATION_JSON).content("{\"id\": ").exchange(), 400,
                "{\"detail\":\"malformed JSON at line 1, column 8: Unexpected end-of-input within/between Object entries\",\"instance\":\"/api/evaluations\",\"status\":400,\"title\":\"Malformed JSON\",\"type\":\"urn:concert:problem:malformed-json\"}");
    }

    @Test
    void anEmptyBody() {
        problem(mvc.post().uri("/api/evaluations?asOf=2008-04-04").contentType(MediaType.APPLICATION_JSON).content("").exchange(), 400,
                "{\"detail\":\"the request body is empty: expected JSON\",\"instance\":\"/api/evaluations\",\"status\":400,\"title\":\"Malformed JSON\",\"type\":\"urn:concert:problem:malformed-json\"}");
    }

    @Test
    void anInvalidCase() {
        problem(mvc.post().uri("/api/evaluations?asOf=2008-04-04").contentType(MediaType.APPLICATION_JSON).content("{\"id\": \"x\"}").exchange(), 422,
                "{\"detail\":\"8 errors, the first $: required property 'actors' is missing\",\"instance\":\"/api/evaluations\",\"status\":422,\"title\":\"Invalid case\",\"type\":\"urn:concert:problem:invalid-case\",\"errors\":[{\"path\":\"$\",\"message\":\"required property 'actors' is missing\"},{\"path\":\"$\",\"message\":\"required property 'events' is missing\"},{\"path\":\"$\",\"message\":\"required property 'expectations' is missing\"},{\"path\":\"$\",\"message\":\"required property 'memberships' is missing\"},{\"path\":\"$\",\"message\":\"required property 'organisations' is missing\"},{\"path\":\"$\",\"message\":\"required property 'outcomes' is missing\"},{\"path\":\"$\",\"message\":\"required property 'period' is missing\"},{\"path\":\"$\",\"message\":\"required property 'title' is missing\"}]}");
    }

    @Test
    void aBodyOverTheLimit() {
        problem(mvc.post().uri("/api/evaluations?asOf=2008-04-04").contentType(MediaType.APPLICATION_JSON).content(new byte[1_048_577]).exchange(), 413,
                "{\"detail\":\"the request body is larger than the limit of 1048576 bytes (concert.max-body-bytes)\",\"instance\":\"/api/evaluations\",\"status\":413,\"title\":\"Request body too large\",\"type\":\"urn:concert:problem:body-too-large\"}");
    }

    @Test
    void rulesThatDoNotSettle() {
        problem(evaluatingTheStoredCaseFails(new RunawayRulesException("the rules fired 100000 times without settling")), 422,
                "{\"detail\":\"the rules fired 100000 times without settling\",\"instance\":\"/api/cases/vienna-1815/evaluation\",\"status\":422,\"title\":\"Rules did not settle\",\"type\":\"urn:concert:problem:runaway-rules\"}");
    }

    @Test
    void anEvaluationThatTakesTooLong() {
        problem(evaluatingTheStoredCaseFails(new EvaluationTimeoutException("the evaluation took longer than 10 s")), 503,
                "{\"detail\":\"the evaluation took longer than 10 s\",\"instance\":\"/api/cases/vienna-1815/evaluation\",\"status\":503,\"title\":\"Evaluation took too long\",\"type\":\"urn:concert:problem:evaluation-timeout\"}");
    }

    @Test
    void anUnexpectedError() {
        problem(evaluatingTheStoredCaseFails(new IllegalStateException("a bug")), 500,
                "{\"detail\":\"an unexpected error; it has been logged\",\"instance\":\"/api/cases/vienna-1815/evaluation\",\"status\":500,\"title\":\"Internal error\",\"type\":\"urn:concert:problem:internal-error\"}");
    }

    @Test
    void anUnknownRuleFile() {
        problem(mvc.get().uri("/api/rules/files/warnings/nope.drl").principal(ANALYST).exchange(), 404,
                "{\"detail\":\"no serving rule file \\\"warnings/nope.drl\\\"\",\"instance\":\"/api/rules/files/warnings/nope.drl\",\"status\":404,\"title\":\"Unknown rule file\",\"type\":\"urn:concert:problem:unknown-rule-file\"}");
    }

    @Test
    void invalidRules() {
        when(gate.propose(any(), anyString())).thenReturn(new Activation(Instant.EPOCH, "analyst", RuleChange.Action.REPLACE,
                "warnings/junctures.drl", false, "v1", "v1", List.of(new RuleProblem("rules/warnings/junctures.drl", 3, 5, "mismatched input")),
                List.of(), null, null, "", 12));
        problem(mvc.put().uri("/api/rules/files/warnings/junctures.drl").principal(ANALYST)
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"rule\"}").exchange(), 422,
                "{\"detail\":\"REPLACE warnings/junctures.drl rejected, 1 problem(s): rules/warnings/junctures.drl:3:5: mismatched input; still serving v1\",\"instance\":\"/api/rules/files/warnings/junctures.drl\",\"status\":422,\"title\":\"Invalid rules\",\"type\":\"urn:concert:problem:invalid-rules\",\"problems\":[{\"file\":\"rules/warnings/junctures.drl\",\"line\":3,\"column\":5,\"message\":\"mismatched input\"}],\"failures\":[],\"servingVersion\":\"v1\"}");
    }

    @Test
    void aChangeThatBreaksHistoricalCases() {
        when(gate.propose(any(), anyString())).thenReturn(new Activation(Instant.EPOCH, "analyst", RuleChange.Action.REPLACE,
                "warnings/junctures.drl", false, "v1", "v1", List.of(),
                List.of(new Activation.Failure("versailles-1919", "versailles-1919 › 1919-06-28 › a warning citing P9 at HIGH or above", "none")),
                new Activation.Regression(15, 67, 66, 141, 141), null, "", 12));
        problem(mvc.put().uri("/api/rules/files/warnings/junctures.drl").principal(ANALYST)
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"rule\"}").exchange(), 422,
                "{\"detail\":\"REPLACE warnings/junctures.drl rejected, 1 historical expectation(s) or rule test(s) would fail, first: versailles-1919 › 1919-06-28 › a warning citing P9 at HIGH or above; still serving v1\",\"instance\":\"/api/rules/files/warnings/junctures.drl\",\"status\":422,\"title\":\"The change breaks historical cases\",\"type\":\"urn:concert:problem:regression-failed\",\"problems\":[],\"failures\":[{\"caseId\":\"versailles-1919\",\"expectation\":\"versailles-1919 › 1919-06-28 › a warning citing P9 at HIGH or above\",\"detail\":\"none\"}],\"servingVersion\":\"v1\"}");
    }
}
