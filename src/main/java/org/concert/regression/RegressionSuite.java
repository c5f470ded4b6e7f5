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
            if (x.isForecast() || x.isWithdrawn()) continue;
            LocalDate start = x.isRange() ? x.from() : x.asOf();
            LocalDate end = x.isRange() ? x.to() : x.asOf();
            if (start.isBefore(from)) from = start;
            if (end.isAfter(to)) to = end;
        }
        for (Expectation x : c.expectations()) {
            Outcome o = outcome(c, x);
            if (o != null && o.date().minusMonths(x.withinMonths()).isBefore(from)) from = o.date().minusMonths(x.withinMonths());
        }
        for (Outcome o : c.outcomes()) if (o.date().isAfter(to)) to = o.date();
        Timeline timeline = Timeline.replay(rules, c, from, to, Step.FACTS, limits);

        List<ExpectationResult> results = new ArrayList<>();
        for (Expectation x : c.expectations()) results.add(check(c, x, timeline));
        List<LeadTime> leadTimes = new ArrayList<>();
        for (Outcome o : c.outcomes()) leadTimes.add(LeadTime.score(c, o, timeline));
        return new CaseReport(c.id(), c.title(), c.file(), List.copyOf(results), List.copyOf(leadTimes), timeline);
    }

    private static Outcome outcome(CaseFile c, Expectation x) {
        if (!x.isForecast() || x.isWithdrawn()) return null;
        return c.outcomes().stream().filter(o -> o.id().equals(x.outcome())).findFirst().orElse(null);
    }

    private ExpectationResult check(CaseFile c, Expectation x, Timeline timeline) {
        if (x.isWithdrawn()) {
            return new ExpectationResult(c.id(), c.file(), x, false, true, null,
                    "withdrawn " + x.withdrawn().date() + ": " + x.withdrawn().reason(), List.of());
        }
        if (x.isForecast()) return forecast(c, x, timeline);
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
        if (failedAt == null) return new ExpectationResult(c.id(), c.file(), x, true, false, null, "met", List.of());
        Evaluation e = new Evaluator(limits).evaluate(rules, c, failedAt);
        return new ExpectationResult(c.id(), c.file(), x, false, false, failedAt,
                "on " + failedAt + ": " + ExpectationCheck.describe(x, e), ExpectationCheck.rulesInvolved(x, e));
    }

    /**
     * A forecast holds when, on some day in the {@code withinMonths} months before the outcome (its date
     * excluded), a warning at the level (about the actor, citing the proposition, where given) was on.
     * Facts count from when they became known, so the warning is one that could have been issued then.
     */
    private ExpectationResult forecast(CaseFile c, Expectation x, Timeline timeline) {
        Outcome o = outcome(c, x);
        LocalDate end = o.date();
        LocalDate start = end.minusMonths(x.withinMonths());
        for (TimelinePoint p : statesDuring(timeline, start, end.minusDays(1))) {
            if (ExpectationCheck.holdsForecast(x, p)) {
                LocalDate held = p.date().isBefore(start) ? start : p.date();
                return new ExpectationResult(c.id(), c.file(), x, true, false, null,
                        "met: held from " + held + ", " + java.time.temporal.ChronoUnit.DAYS.between(held, end) + " days before "
                                + o.id() + " (" + end + ")", List.of());
            }
        }
        Evaluation e = new Evaluator(limits).evaluate(rules, c, end.minusDays(1));
        return new ExpectationResult(c.id(), c.file(), x, false, false, end,
                "not met in " + start + ".." + end.minusDays(1) + " (" + o.id() + " on " + end + "); on the eve: "
                        + ExpectationCheck.describe(x, e), ExpectationCheck.rulesInvolved(x, e));
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
