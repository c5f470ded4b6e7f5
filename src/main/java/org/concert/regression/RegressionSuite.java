package org.concert.regression;

import org.concert.casefile.CaseFile;
import org.concert.casefile.Expectation;
import org.concert.casefile.Outcome;
import org.concert.evaluation.Evaluation;
import org.concert.session.EvaluationLimits;
import org.concert.session.Evaluator;
import org.concert.rulebase.RuleBase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Runs every expectation of every case against a rule base. Each case is replayed once,
 * incrementally, at every date its facts change; since rules see no clock, that timeline holds the
 * exact state on any day, so "as of" expectations read the state on their date and "every month"
 * expectations hold on every day of their range. A failure is re-evaluated in full to name the rules.
 */
public final class RegressionSuite {

    private final RuleBase rules;
    private final EvaluationLimits limits;

    public RegressionSuite(RuleBase rules, EvaluationLimits limits) {
        this.rules = rules;
        this.limits = limits;
    }

    public List<CaseReport> run(List<CaseFile> cases, BiConsumer<Integer, CaseFile> progress) {
        List<CaseReport> reports = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            progress.accept(i, cases.get(i));
            reports.add(run(cases.get(i)));
        }
        return reports;
    }

    public CaseReport run(CaseFile c) {
        LocalDate from = c.period().from();
        LocalDate to = c.period().to();
        for (Expectation x : c.expectations()) {
            LocalDate start = x.isRange() ? x.from() : x.asOf();
            LocalDate end = x.isRange() ? x.to() : x.asOf();
            if (start.isBefore(from)) from = start;
            if (end.isAfter(to)) to = end;
        }
        for (Outcome o : c.outcomes()) if (o.date().isAfter(to)) to = o.date();
        Timeline timeline = Timeline.replay(rules, c, from, to, Step.FACTS, limits);

        List<ExpectationResult> results = new ArrayList<>();
        for (Expectation x : c.expectations()) results.add(check(c, x, timeline));
        List<LeadTime> leadTimes = new ArrayList<>();
        for (Outcome o : c.outcomes()) leadTimes.add(LeadTime.score(c, o, timeline));
        return new CaseReport(c.id(), c.title(), c.file(), List.copyOf(results), List.copyOf(leadTimes), timeline);
    }

    private ExpectationResult check(CaseFile c, Expectation x, Timeline timeline) {
        LocalDate failedAt = null;
        if (x.isRange()) {
            for (TimelinePoint p : statesDuring(timeline, x.from(), x.to())) {
                if (!ExpectationCheck.holds(x, p)) {
                    failedAt = p.date().isBefore(x.from()) ? x.from() : p.date();
                    break;
                }
            }
        } else {
            TimelinePoint p = timeline.at(x.asOf()).orElseThrow();
            if (!ExpectationCheck.holds(x, p)) failedAt = x.asOf();
        }
        if (failedAt == null) return new ExpectationResult(c.id(), c.file(), x, true, null, "met", List.of());
        Evaluation e = new Evaluator(limits).evaluate(rules, c, failedAt);
        return new ExpectationResult(c.id(), c.file(), x, false, failedAt,
                "on " + failedAt + ": " + ExpectationCheck.describe(x, e), ExpectationCheck.rulesInvolved(x, e));
    }

    /** The state at the start of the range, then every change within it. */
    private static List<TimelinePoint> statesDuring(Timeline t, LocalDate from, LocalDate to) {
        List<TimelinePoint> states = new ArrayList<>();
        t.at(from).ifPresent(states::add);
        for (TimelinePoint p : t.points()) {
            if (p.date().isAfter(from) && !p.date().isAfter(to)) states.add(p);
        }
        return states;
    }
}
