package org.concert.validation;

import org.concert.validation.baselines.Covariates;
import org.concert.validation.baselines.ThreeTriggers;
import org.concert.validation.facts.Dyad;
import org.concert.validation.outcomes.DyadHistory;
import org.concert.validation.outcomes.OutcomeKind;
import org.concert.validation.scoring.Sample;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every observed dyad-month with what each model says about it: Concert's level (from the unit's timeline) and the
 * baselines' alarms and predictors, computed from the same case facts and data. Outcomes are read only through
 * {@link DyadHistory}: for persistence and peace years (the past) and for the labels (the future).
 */
final class DyadMonths {

    /** One dyad's months and columns. */
    record Rows(Dyad dyad, DyadHistory history, List<YearMonth> months, int[] level, List<List<String>> propositions,
                boolean[] persistence, boolean[] triggers, boolean[] rivalry, double[][] covariates) {
    }

    private final List<Rows> dyads = new ArrayList<>();

    void add(Dyad dyad, DyadTimeline timeline, ThreeTriggers triggers, Covariates covariates, DyadHistory history) {
        List<YearMonth> months = dyad.months();
        int n = months.size();
        int[] level = new int[n];
        boolean[] persistence = new boolean[n], trigger = new boolean[n], rivalry = new boolean[n];
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            YearMonth m = months.get(i);
            LocalDate end = m.atEndOfMonth();
            level[i] = timeline.levels().get(i);
            persistence[i] = history.disputeBetween(m.minusMonths(11).atDay(1), end);
            trigger[i] = triggers.on(end);
            rivalry[i] = covariates.rivals(dyad.power(), dyad.neighbour(), m.getYear());
            x[i] = covariates.at(dyad.power(), dyad.neighbour(), m, history);
        }
        dyads.add(new Rows(dyad, history, months, level, timeline.propositions(), persistence, trigger, rivalry, x));
    }

    List<Rows> dyads() {
        return dyads;
    }

    int size() {
        return dyads.stream().mapToInt(r -> r.months().size()).sum();
    }

    /** The rows of one outcome, horizon and period, and where each came from (dyad index, month index). */
    record Slice(Sample sample, int[] dyadIndex, int[] monthIndex) {
    }

    Slice slice(OutcomeKind kind, int horizon, OutcomeKind.Period period) {
        List<Integer> d = new ArrayList<>(), mi = new ArrayList<>();
        List<YearMonth> month = new ArrayList<>();
        List<Boolean> label = new ArrayList<>();
        List<Sample.Onset> onsets = new ArrayList<>();
        for (int k = 0; k < dyads.size(); k++) {
            Rows r = dyads.get(k);
            TreeSet<YearMonth> onsetMonths = new TreeSet<>();
            for (LocalDate o : r.history().onsets(kind)) onsetMonths.add(YearMonth.from(o));
            Set<YearMonth> inSample = new java.util.HashSet<>();
            for (int i = 0; i < r.months().size(); i++) {
                YearMonth m = r.months().get(i);
                if (!kind.inPeriod(period, m, horizon)) continue;
                inSample.add(m);
                d.add(k);
                mi.add(i);
                month.add(m);
                YearMonth next = onsetMonths.higher(m);
                label.add(next != null && !next.isAfter(m.plusMonths(horizon)));
            }
            for (YearMonth o : onsetMonths) if (inSample.contains(o.minusMonths(1))) onsets.add(new Sample.Onset(k, o));
        }
        int n = d.size();
        int[] dyad = new int[n], monthIndex = new int[n];
        YearMonth[] months = new YearMonth[n];
        boolean[] labels = new boolean[n];
        for (int i = 0; i < n; i++) {
            dyad[i] = d.get(i);
            monthIndex[i] = mi.get(i);
            months[i] = month.get(i);
            labels[i] = label.get(i);
        }
        return new Slice(new Sample(dyads.size(), dyad, months, labels, onsets, horizon), dyad, monthIndex);
    }
}
