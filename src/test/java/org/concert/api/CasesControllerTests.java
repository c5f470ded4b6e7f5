package org.concert.api;

import org.concert.Fixtures;
import org.concert.casefile.CaseFile;
import org.concert.casefile.CaseLoader;
import org.concert.evaluation.Evaluation;
import org.concert.session.Evaluator;
import org.concert.rulebase.RuleBase;
import org.concert.server.CaseStore;
import org.concert.server.ServingRules;
import org.concert.server.StoredCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ControllerSliceTest
class CasesControllerTests {

    @Autowired
    MockMvcTester mvc;
    @MockitoBean
    CaseStore cases;
    @MockitoBean
    ServingRules rules;
    @MockitoBean
    Evaluator evaluator;

    final RuleBase ruleBase = mock(RuleBase.class);
    CaseFile vienna;

    @BeforeEach
    void aStoredCase() throws Exception {
        vienna = Fixtures.loadCase("vienna-1815");
        StoredCase stored = new StoredCase(vienna, CaseLoader.mapper().readTree(java.nio.file.Files.readString(java.nio.file.Path.of("cases/vienna-1815.json"))));
        when(cases.all()).thenReturn(List.of(stored));
        when(cases.find("vienna-1815")).thenReturn(Optional.of(stored));
        when(cases.find("nope")).thenReturn(Optional.empty());
        when(rules.current()).thenReturn(ruleBase);
    }

    @Test
    void evaluatesTheStoredCaseAsOfTheDateWithOneSnapshotOfTheRules() {
        Evaluation result = new Evaluation("vienna-1815", vienna.title(), LocalDate.parse("1816-01-01"), "v1", List.of(), List.of());
        when(evaluator.evaluate(ruleBase, vienna, LocalDate.parse("1816-01-01"))).thenReturn(result);
        assertThat(mvc.get().uri("/api/cases/vienna-1815/evaluation?asOf=1816-01-01")).hasStatusOk()
                .bodyJson().extractingPath("$.case").isEqualTo("vienna-1815");
        verify(rules, times(1)).current();
    }

    @Test
    void anUnknownCaseIsNotEvaluated() {
        assertThat(mvc.get().uri("/api/cases/nope/evaluation?asOf=1816-01-01")).hasStatus(404)
                .bodyJson().extractingPath("$.type").isEqualTo("urn:concert:problem:unknown-case");
        verify(evaluator, never()).evaluate(any(), any(), any());
    }

    @Test
    void aDateThatIsNotADateIsNotEvaluated() {
        assertThat(mvc.get().uri("/api/cases/vienna-1815/evaluation?asOf=1816-02-30")).hasStatus(400)
                .bodyJson().extractingPath("$.detail").isEqualTo("asOf: \"1816-02-30\" is not a date (YYYY-MM-DD)");
        verify(evaluator, never()).evaluate(any(), any(), any());
    }

    @Test
    void listsTheStoredCases() {
        assertThat(mvc.get().uri("/api/cases")).hasStatusOk().bodyJson().extractingPath("$[0].counts.events").isEqualTo(4);
    }
}
