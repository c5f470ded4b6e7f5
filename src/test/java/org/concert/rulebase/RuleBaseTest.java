package org.concert.rulebase;

import org.concert.session.EvaluationLimits;
import org.concert.session.EvaluationTimeoutException;
import org.concert.session.Evaluator;
import org.concert.session.RunawayRulesException;

import org.concert.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RuleBaseTest {

    @Test
    void theRepositoryRulesCompileAndEveryRuleCitesAPropositionAndASection() {
        RuleBase rules = Fixtures.rules();
        assertThat(rules.rules()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.proposition()).as(r.name()).matches("P[1-9][0-9]?");
            assertThat(r.section()).as(r.name()).isNotBlank();
        });
    }

    @Test
    void aSyntaxErrorNamesFileLineAndColumn() {
        RuleBaseException e = catchThrowableOfType(RuleBaseException.class, () -> RuleBase.load(Fixtures.ruleSet("syntax-error")));
        assertThat(e.problems()).isNotEmpty();
        RuleProblem first = e.problems().get(0);
        assertThat(first.file()).isEqualTo("syntax-error/broken.drl");
        assertThat(first.line()).isBetween(9, 10);
        assertThat(first.toString()).matches("syntax-error/broken\\.drl:\\d+:\\d+: .+");
    }

    @Test
    void anUnknownPropertyIsLocatedInTheRuleFile() {
        RuleBaseException e = catchThrowableOfType(RuleBaseException.class, () -> RuleBase.load(Fixtures.ruleSet("unknown-property")));
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("unknown-property/unknown.drl");
            assertThat(p.line()).isEqualTo(9);
            assertThat(p.message()).contains("colour");
        });
    }

    @Test
    void aBadAccessorInAStatementIsTracedToItsRule() {
        RuleBaseException e = catchThrowableOfType(RuleBaseException.class, () -> RuleBase.load(Fixtures.ruleSet("bad-consequence")));
        assertThat(e.problems()).hasSize(1);
        RuleProblem p = e.problems().get(0);
        assertThat(p.file()).isEqualTo("bad-consequence/bad.drl");
        assertThat(p.line()).isEqualTo(16);
        assertThat(p.message()).startsWith("rule \"A rule calling a method actors do not have\"").contains("fly");
    }

    @Test
    void aRuleWithoutAPropositionIsRefused() {
        assertThatThrownBy(() -> RuleBase.load(Fixtures.ruleSet("no-proposition")))
                .isInstanceOf(RuleBaseException.class)
                .hasMessage("no-proposition/bare.drl:6: rule \"A rule that cites nothing\" has no @proposition(\"P…\") naming the paper's proposition it encodes");
    }

    @Test
    void aRunawayRuleSetStopsAtTheFireLimitWithAClearError() {
        RuleBase runaway = RuleBase.load(Fixtures.ruleSet("runaway"));
        Evaluator evaluator = new Evaluator(new EvaluationLimits(5_000, Duration.ofSeconds(30)));
        assertThatThrownBy(() -> evaluator.evaluate(runaway, Fixtures.loadCase("vienna-1815"), LocalDate.of(1816, 1, 1)))
                .isInstanceOf(RunawayRulesException.class)
                .hasMessageContaining("on case vienna-1815 as of 1816-01-01 without settling (fire limit 5000)")
                .hasMessageContaining("\"A count never stops\"");
    }

    @Test
    void aRunawayRuleSetStopsAtTheTimeLimitToo() {
        RuleBase runaway = RuleBase.load(Fixtures.ruleSet("runaway"));
        Evaluator evaluator = new Evaluator(new EvaluationLimits(Integer.MAX_VALUE, Duration.ofMillis(300)));
        assertThatThrownBy(() -> evaluator.evaluate(runaway, Fixtures.loadCase("vienna-1815"), LocalDate.of(1816, 1, 1)))
                .isInstanceOf(EvaluationTimeoutException.class)
                .hasMessageContaining("took longer than 300 ms");
    }

    @Test
    void parametersAreReadFromTheRulesDirectoryWithTheirSources() {
        assertThat(Fixtures.rules().parameters().all()).isNotEmpty()
                .allSatisfy(p -> assertThat(p.source().cite()).isNotBlank());
    }
}
