package org.concert.regression;

import org.concert.Fixtures;
import org.concert.session.EvaluationLimits;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BacktestTest {

    private static Backtest backtest(String... caseIds) {
        RegressionSuite suite = new RegressionSuite(Fixtures.rules(), EvaluationLimits.DEFAULT);
        return Backtest.of(java.util.Arrays.stream(caseIds).map(id -> suite.run(Fixtures.loadCase(id))).toList());
    }

    @Test
    void warningsThatPrecedeAnOutcomeAreNotFalseAlarms() {
        Backtest b = backtest("russia-west-1990-2022");
        assertThat(b.cases().get(0).falseAlarms()).isEmpty();
        assertThat(b.totals().warnedInTime()).isEqualTo(1); // the invasion; the first dispute (1992) came before any HIGH warning
    }

    @Test
    void anOutcomeWithoutAWarningAtItsLevelIsMissed() {
        Backtest b = backtest("vienna-1815");
        assertThat(b.cases().get(0).missed()).hasSize(5).first().asString().startsWith("mid-368-1832 (1832-09-15): no warning at HIGH");
        assertThat(b.totals().missed()).isEqualTo(5);
    }

    @Test
    void totalsAddUpOverCases() {
        Backtest b = backtest("russia-west-1990-2022", "versailles-1919");
        assertThat(b.totals().cases()).isEqualTo(2);
        assertThat(b.totals().outcomes()).isEqualTo(5);
        assertThat(b.totals().medianLeadYears()).isEqualTo(20.2);
        List<String> ids = b.cases().stream().map(Backtest.CaseScore::caseId).toList();
        assertThat(ids).containsExactly("russia-west-1990-2022", "versailles-1919");
    }
}
