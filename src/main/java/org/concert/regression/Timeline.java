package org.concert.regression;

import org.concert.casefile.CaseFile;
import org.concert.casefile.Level;
import org.concert.session.CaseSession;
import org.concert.evaluation.Evaluation;
import org.concert.session.EvaluationLimits;
import org.concert.session.Evaluator;
import org.concert.rulebase.RuleBase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A case evaluated at a series of dates: the highest level per date, and when each warning first
 * appears and disappears. {@link #replay} is incremental (one session, facts inserted in date order,
 * rules fired at each date); {@link #reevaluate} starts afresh at every date. Both give the same points.
 */
public record Timeline(String caseId, String title, LocalDate from, LocalDate to, String step,
                       List<TimelinePoint> points, List<WarningSpan> spans) {

    public static Timeline replay(RuleBase rules, CaseFile c, LocalDate from, LocalDate to, Step step, EvaluationLimits limits) {
        List<LocalDate> dates = step.dates(c, rules.parameters().changes(), from, to);
        try (CaseSession session = new CaseSession(rules, c, limits)) {
            return build(c, from, to, step, dates, day -> session.advanceTo(day).snapshot());
        }
    }

    public static Timeline reevaluate(RuleBase rules, CaseFile c, LocalDate from, LocalDate to, Step step, EvaluationLimits limits) {
        Evaluator evaluator = new Evaluator(limits);
        return build(c, from, to, step, step.dates(c, rules.parameters().changes(), from, to), day -> evaluator.evaluate(rules, c, day));
    }

    /** The whole period of the case, monthly. */
    public static Timeline replay(RuleBase rules, CaseFile c, EvaluationLimits limits) {
        return replay(rules, c, c.period().from(), c.period().to(), Step.MONTH, limits);
    }

    private static Timeline build(CaseFile c, LocalDate from, LocalDate to, Step step, List<LocalDate> dates,
                                  Function<LocalDate, Evaluation> evaluateAt) {
        List<TimelinePoint> points = new ArrayList<>(dates.size());
        for (LocalDate day : dates) points.add(point(evaluateAt.apply(day)));
        return new Timeline(c.id(), c.title(), from, to, step.toString(), List.copyOf(points), spans(points));
    }

    static TimelinePoint point(Evaluation e) {
        List<WarningState> warnings = e.warnings().stream().map(WarningState::of).toList();
        List<TimelinePoint.ConclusionState> conclusions = e.conclusions().stream()
                .map(x -> new TimelinePoint.ConclusionState(x.kind(), x.statement(), x.justification().proposition())).toList();
        return new TimelinePoint(e.asOf(), e.highestLevel().orElse(null), warnings, conclusions);
    }

    private static List<WarningSpan> spans(List<TimelinePoint> points) {
        Map<String, WarningSpan> open = new LinkedHashMap<>();
        List<WarningSpan> done = new ArrayList<>();
        for (TimelinePoint p : points) {
            Map<String, WarningState> now = new LinkedHashMap<>();
            p.warnings().forEach(w -> now.put(w.key(), w));
            for (var it = open.entrySet().iterator(); it.hasNext(); ) {
                var e = it.next();
                if (!now.containsKey(e.getKey())) {
                    WarningSpan s = e.getValue();
                    done.add(new WarningSpan(s.key(), s.kind(), s.title(), s.appeared(), p.date(), s.peak()));
                    it.remove();
                }
            }
            for (WarningState w : now.values()) {
                WarningSpan s = open.get(w.key());
                if (s == null) {
                    open.put(w.key(), new WarningSpan(w.key(), w.kind(), w.title(), p.date(), null, w.level()));
                } else if (w.level().compareTo(s.peak()) > 0) {
                    open.put(w.key(), new WarningSpan(s.key(), s.kind(), w.title(), s.appeared(), null, w.level()));
                }
            }
        }
        done.addAll(open.values());
        done.sort(java.util.Comparator.comparing(WarningSpan::appeared).thenComparing(WarningSpan::key));
        return List.copyOf(done);
    }

    /** The state on {@code day}: the last point on or before it. */
    public java.util.Optional<TimelinePoint> at(LocalDate day) {
        TimelinePoint found = null;
        for (TimelinePoint p : points) {
            if (p.date().isAfter(day)) break;
            found = p;
        }
        return java.util.Optional.ofNullable(found);
    }

    /** The first date at which some warning reaches {@code level}, if any. */
    public java.util.Optional<LocalDate> firstAtLeast(Level level) {
        return points.stream().filter(p -> p.atLeast(level)).map(TimelinePoint::date).findFirst();
    }
}
