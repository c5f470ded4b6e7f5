package org.concert.server;

import org.concert.casefile.CaseError;
import org.concert.casefile.InvalidCaseException;
import org.concert.rulebase.RuleBaseException;
import org.concert.rulebase.RuleProblem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StartFailureTest {

    @Test
    void rulesThatDoNotCompileStopTheStartWithTheirLocatedErrors() {
        RuleBaseException cause = new RuleBaseException(List.of(new RuleProblem("rules/x.drl", 10, 1, "mismatched input 'then'")));
        FailureAnalysis analysis = new StartFailure.Rules().analyze(new BeanCreationException("servingRules", "failed", cause));
        assertThat(analysis.getDescription()).contains("rules/x.drl:10:1: mismatched input 'then'");
        assertThat(analysis.getAction()).contains("concert.rules-dir");
    }

    @Test
    void casesThatDoNotLoadStopTheStartWithTheirLocatedErrors() {
        InvalidCaseException cause = new InvalidCaseException(List.of(new CaseError("cases/x.json", "$.events[3].date", "not a date")));
        FailureAnalysis analysis = new StartFailure.Cases().analyze(new BeanCreationException("caseStore", "failed", cause));
        assertThat(analysis.getDescription()).contains("cases/x.json: $.events[3].date: not a date");
        assertThat(analysis.getAction()).contains("concert.cases-dir");
    }
}
