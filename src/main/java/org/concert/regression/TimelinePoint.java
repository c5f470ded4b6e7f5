package org.concert.regression;

import org.concert.casefile.Level;

import java.time.LocalDate;
import java.util.List;

/** The state of a case at one date: its highest warning level (null when quiet) and its warnings. */
public record TimelinePoint(LocalDate date, Level highest, List<WarningState> warnings, List<ConclusionState> conclusions) {

    /** A conclusion at one date: its kind and statement. */
    public record ConclusionState(String kind, String statement) {
    }

    public boolean atLeast(Level level) {
        return highest != null && highest.atLeast(level);
    }
}
