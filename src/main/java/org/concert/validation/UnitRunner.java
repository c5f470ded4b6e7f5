package org.concert.validation;

import org.concert.session.EvaluationLimits;
import org.concert.rulebase.RuleBase;
import org.concert.regression.Step;
import org.concert.regression.Timeline;
import org.concert.regression.TimelinePoint;
import org.concert.regression.WarningState;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Runs a unit: the dyad's case replayed incrementally (one session, facts inserted in date order) at every date on
 * which a fact changes, which is exact as the rules see no clock; each month then reads the state of its last day.
 */
public final class UnitRunner {

    private UnitRunner() {
    }

    public static DyadTimeline run(RuleBase rules, DyadUnit unit, EvaluationLimits limits) {
        Timeline timeline = Timeline.replay(rules, unit.facts(), unit.facts().period().from(), unit.facts().period().to(), Step.FACTS, limits);
        List<TimelinePoint> points = timeline.points();
        List<Integer> levels = new ArrayList<>(unit.months().size());
        List<List<String>> propositions = new ArrayList<>(unit.months().size());
        int p = -1;
        for (YearMonth m : unit.months()) {
            while (p + 1 < points.size() && !points.get(p + 1).date().isAfter(m.atEndOfMonth())) p++;
            int level = -1;
            TreeSet<String> cited = new TreeSet<>();
            if (p >= 0) {
                for (WarningState w : points.get(p).warnings()) {
                    if (!w.actors().contains(unit.power()) && !w.actors().contains(unit.neighbour())) continue;
                    level = Math.max(level, w.level().ordinal());
                    cited.addAll(w.propositions());
                }
            }
            levels.add(level);
            propositions.add(List.copyOf(cited));
        }
        return new DyadTimeline(unit.dyad(), rules.version(), unit.months(), levels, propositions);
    }
}
