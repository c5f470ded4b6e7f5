package org.concert.regression;

import org.concert.casefile.Expectation;
import org.concert.casefile.Level;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the theory did on the whole case library: per case the lead times, the expectations met, the
 * outcomes missed (no warning at the expected level before them) and the false alarms, and totals.
 * A false alarm is a warning that reaches HIGH or above while no outcome follows it in the case and
 * no expectation of the case asks for a warning citing one of its propositions at HIGH or above.
 */
public record Backtest(List<CaseScore> cases, Totals totals) {

    public record CaseScore(String caseId, String title, long expectationsMet, int expectations,
                            List<LeadTime> leadTimes, List<String> missed, List<FalseAlarm> falseAlarms) {
    }

    public record FalseAlarm(String warning, Level level, LocalDate from) {
    }

    public record Totals(int cases, long expectationsMet, long expectations, int outcomes, int warnedInTime,
                         int missed, int falseAlarms, Double medianLeadYears) {
    }

    public static Backtest of(List<CaseReport> reports) {
        List<CaseScore> scores = new ArrayList<>();
        List<Double> leads = new ArrayList<>();
        int outcomes = 0, inTime = 0, missed = 0, alarms = 0;
        long met = 0, total = 0;
        for (CaseReport r : reports) {
            List<String> missing = new ArrayList<>();
            for (LeadTime l : r.leadTimes()) {
                outcomes++;
                if (l.timely()) {
                    inTime++;
                    leads.add(l.years());
                } else {
                    missed++;
                    missing.add(l.describe());
                }
            }
            List<FalseAlarm> falseAlarms = falseAlarms(r);
            alarms += falseAlarms.size();
            met += r.met();
            total += r.checked();
            scores.add(new CaseScore(r.caseId(), r.title(), r.met(), (int) r.checked(), r.leadTimes(), missing, falseAlarms));
        }
        leads.sort(Double::compare);
        Double median = leads.isEmpty() ? null : leads.size() % 2 == 1 ? leads.get(leads.size() / 2)
                : Math.round((leads.get(leads.size() / 2 - 1) + leads.get(leads.size() / 2)) / 2 * 10.0) / 10.0;
        return new Backtest(List.copyOf(scores), new Totals(reports.size(), met, total, outcomes, inTime, missed, alarms, median));
    }

    private static List<FalseAlarm> falseAlarms(CaseReport r) {
        // Each warning is judged once, on the first date it reaches HIGH.
        Map<String, FalseAlarm> judged = new LinkedHashMap<>();
        for (TimelinePoint p : r.timeline().points()) {
            for (WarningState w : p.warnings()) {
                if (w.level().atLeast(Level.HIGH) && !judged.containsKey(w.key())) {
                    judged.put(w.key(), expected(r, w, p.date()) ? null : new FalseAlarm(w.title(), w.level(), p.date()));
                }
            }
        }
        return judged.values().stream().filter(java.util.Objects::nonNull).toList();
    }

    private static boolean expected(CaseReport r, WarningState w, LocalDate from) {
        for (LeadTime l : r.leadTimes()) if (l.outcomeDate().isAfter(from)) return true;
        for (ExpectationResult result : r.expectations()) {
            if (result.withdrawn()) continue;
            Expectation x = result.expectation();
            if (x.cites() != null && !x.expectsAbsence() && x.atLeast() != null && x.atLeast().atLeast(Level.HIGH)
                    && w.propositions().contains(x.cites())) {
                return true;
            }
        }
        return false;
    }
}
