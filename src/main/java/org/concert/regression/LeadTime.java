package org.concert.regression;

import org.concert.casefile.CaseFile;
import org.concert.casefile.Level;
import org.concert.casefile.Outcome;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How early the theory warned of an outcome: from the first warning at or above the outcome's
 * expected level to the outcome's date. Negative when the first such warning came after the
 * outcome; {@code firstWarning} is null when it never came within the case's period.
 */
public record LeadTime(String outcome, LocalDate outcomeDate, Level expectedLevel, LocalDate firstWarning,
                       String warning, Long days) {

    public Double years() {
        return days == null ? null : Math.round(days / 365.25 * 10.0) / 10.0;
    }

    public boolean timely() {
        return days != null && days > 0;
    }

    /**
     * Scores one outcome on a timeline evaluated at every fact date: a case's warnings can only change
     * when its facts do, so the first such date is exact to the day.
     */
    static LeadTime score(CaseFile c, Outcome o, Timeline atFactDates) {
        for (TimelinePoint p : atFactDates.points()) {
            if (p.atLeast(o.expectedLevel())) {
                WarningState w = p.warnings().stream().filter(x -> x.level().atLeast(o.expectedLevel())).findFirst().orElseThrow();
                return new LeadTime(o.id(), o.date(), o.expectedLevel(), p.date(), w.title(),
                        ChronoUnit.DAYS.between(p.date(), o.date()));
            }
        }
        return new LeadTime(o.id(), o.date(), o.expectedLevel(), null, null, null);
    }

    public String describe() {
        if (firstWarning == null) return outcome + " (" + outcomeDate + "): no warning at " + expectedLevel + " or above";
        return outcome + " (" + outcomeDate + "): first " + expectedLevel + "+ warning " + firstWarning + ", lead time "
                + years() + " years (" + days + " days)";
    }
}
