package org.concert.session;

import org.concert.evaluation.Evaluation;
import org.concert.rulebase.RuleBase;

import org.concert.Fixtures;
import org.concert.casefile.CaseFile;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Sessions are reused between evaluations (RuleBase): a reused session answers exactly as a new one. */
class SessionReuseTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate BUCHAREST = LocalDate.of(2008, 4, 4);

    private static String json(Evaluation e) {
        return JSON.writeValueAsString(e);
    }

    @Test
    void anEvaluationStoppedByItsLimitsLeavesNothingBehindForTheNext() {
        RuleBase rules = RuleBase.compile(Fixtures.rules().files()); // a rule base of its own: no other test's sessions
        CaseFile russiaWest = Fixtures.loadCase("russia-west-1990-2022");
        CaseFile vienna = Fixtures.loadCase("vienna-1815");
        String expected = json(new Evaluator().evaluate(rules, russiaWest, BUCHAREST));
        String viennaExpected = json(new Evaluator().evaluate(rules, vienna, LocalDate.of(1815, 12, 31)));
        Evaluator runaway = new Evaluator(new EvaluationLimits(3, Duration.ofSeconds(10)));
        Evaluator hurried = new Evaluator(new EvaluationLimits(100_000, Duration.ZERO));
        for (int i = 0; i < 10; i++) {
            assertThat(catchThrowable(() -> runaway.evaluate(rules, russiaWest, BUCHAREST))).isInstanceOf(RunawayRulesException.class);
            catchThrowable(() -> hurried.evaluate(rules, russiaWest, BUCHAREST)); // halted by the watchdog, or done first
            assertThat(json(new Evaluator().evaluate(rules, russiaWest, BUCHAREST))).isEqualTo(expected);
            assertThat(json(new Evaluator().evaluate(rules, vienna, LocalDate.of(1815, 12, 31)))).isEqualTo(viennaExpected);
        }
    }

    @Test
    void aReusedSessionReportsOnlyToItsCurrentEvaluation() {
        RuleBase rules = RuleBase.compile(Fixtures.rules().files());
        CaseFile vienna = Fixtures.loadCase("vienna-1815");
        for (int i = 0; i < 5; i++) new Evaluator().evaluate(rules, vienna, LocalDate.of(1815, 12, 31));
        org.kie.api.runtime.KieSession reused = rules.acquireSession();
        try {
            assertThat(reused.getAgendaEventListeners()).isEmpty();
            assertThat(reused.getRuleRuntimeEventListeners()).isEmpty();
            assertThat(reused.getFactCount()).isZero();
        } finally {
            rules.releaseSession(reused, false);
        }
    }

    @Test
    void concurrentEvaluationsOnReusedSessionsGiveWhatOneAtATimeGives() throws Exception {
        RuleBase rules = RuleBase.compile(Fixtures.rules().files());
        CaseFile russiaWest = Fixtures.loadCase("russia-west-1990-2022");
        List<LocalDate> dates = List.of(LocalDate.of(1991, 12, 31), BUCHAREST, LocalDate.of(2014, 3, 18), LocalDate.of(2022, 2, 24));
        List<String> expected = new ArrayList<>();
        for (LocalDate d : dates) expected.add(json(new Evaluator().evaluate(rules, russiaWest, d)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int k = i % dates.size();
                results.add(pool.submit(() -> json(new Evaluator().evaluate(rules, russiaWest, dates.get(k))).equals(expected.get(k))));
            }
            for (Future<Boolean> r : results) assertThat(r.get()).isTrue();
        } finally {
            pool.shutdown();
        }
    }
}
