package org.concert.regression;

import org.concert.casefile.Level;

import java.time.LocalDate;
import java.util.List;

/** The state of a case at one date: its highest warning level (null when quiet) and its warnings. */
public record TimelinePoint(LocalDate date, Level highest, List<WarningState> warnings, List<ConclusionState> conclusions) {

    /** A conclusion at one date: its kind, statement and the proposition of the rule that drew it. */
    public record ConclusionState(String kind, String statement, String proposition) {
    }

    /** Every proposition behind this state: cited by its warnings or behind its conclusions. */
    public java.util.SortedSet<String> propositions() {
        java.util.SortedSet<String> all = new java.util.TreeSet<>();
        warnings.forEach(w -> all.addAll(w.propositions()));
        conclusions.forEach(c -> { if (c.proposition() != null) all.add(c.proposition()); });
        return all;
    }

    public boolean atLeast(Level level) {
        return highest != null && highest.atLeast(level);
    }
}
