package org.concert.catalogue;

import org.concert.casefile.CaseFile;
import org.concert.casefile.FactChange;
import org.concert.session.Evaluator;
import org.concert.rulebase.RuleBase;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * In which cases each rule fires: every case is evaluated, with the plain {@link Evaluator}, on every
 * distinct date within its period on which its facts change, and at the period's end; a rule fires in
 * the case if it appears in any justification on any of those dates ({@link FiredRules}).
 */
public final class RuleFirings {

    private RuleFirings() {
    }

    /** Rule name → ids of the cases it fires in, sorted. */
    public static Map<String, SortedSet<String>> of(RuleBase rules, List<CaseFile> cases, Evaluator evaluator) {
        Map<String, SortedSet<String>> firings = new TreeMap<>();
        for (CaseFile c : cases) {
            for (LocalDate day : datesOf(c)) {
                for (String rule : FiredRules.in(evaluator.evaluate(rules, c, day))) {
                    firings.computeIfAbsent(rule, r -> new TreeSet<>()).add(c.id());
                }
            }
        }
        return firings;
    }

    /** The dates within the case's period on which its facts change, and the period's end. */
    public static SortedSet<LocalDate> datesOf(CaseFile c) {
        SortedSet<LocalDate> dates = new TreeSet<>();
        for (FactChange change : c.changes()) {
            LocalDate d = change.date();
            if (!d.isBefore(c.period().from()) && !d.isAfter(c.period().to())) dates.add(d);
        }
        dates.add(c.period().to());
        return dates;
    }
}
