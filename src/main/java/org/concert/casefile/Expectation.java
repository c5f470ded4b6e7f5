package org.concert.casefile;

import java.time.LocalDate;

/**
 * What the theory should say about the case. Either at one date ({@code asOf}), at every month of a
 * stretch ({@code from}..{@code to}), or as a forecast of an outcome ({@code outcome}: in the
 * {@code withinMonths} months before it). Exactly one claim:
 * <ul>
 *   <li>{@code cites} + {@code atLeast}: a warning citing the proposition, at that level or above;</li>
 *   <li>{@code cites} + {@code absent}: no warning citing the proposition;</li>
 *   <li>{@code below}: no warning at that level or above (a quiet case);</li>
 *   <li>{@code conclusion}: a conclusion of that kind is derived;</li>
 *   <li>{@code outcome} + {@code withinMonths} + {@code atLeast} (optionally {@code about} an actor and
 *       {@code cites}): by the outcome's date, a warning at that level within that many months before it.</li>
 * </ul>
 * {@code registered} says when, and against which rules (their content hash), it was written, and whether
 * the author had seen the rules' answer on the case then ({@code afterRun}); only expectations written
 * before the run are forecasts. A {@code withdrawn} expectation is kept for the record but not checked.
 */
public record Expectation(LocalDate asOf, LocalDate from, LocalDate to, String cites, Level atLeast,
                          Boolean absent, Level below, String conclusion,
                          String outcome, Integer withinMonths, String about,
                          Registration registered, Withdrawal withdrawn,
                          String reason, String path) {

    /** When an expectation was written, against which rules, and whether their answer on the case was known then. */
    public record Registration(LocalDate date, String rules, Boolean afterRun) {
        public boolean isAfterRun() {
            return !Boolean.FALSE.equals(afterRun);
        }
    }

    /** Why and when an expectation stopped being checked, e.g. because the fact it rested on was corrected. */
    public record Withdrawal(LocalDate date, String reason) {
    }

    public boolean isRange() {
        return asOf == null && outcome == null;
    }

    public boolean isForecast() {
        return outcome != null;
    }

    public boolean expectsAbsence() {
        return Boolean.TRUE.equals(absent);
    }

    public boolean isWithdrawn() {
        return withdrawn != null;
    }

    /** Written before the rules' answer on the case was known: a forecast in the strict sense. */
    public boolean registeredBeforeRun() {
        return registered != null && !registered.isAfterRun();
    }

    /** The claim in words, e.g. "a warning citing P20 at HIGH or above". */
    public String claim() {
        if (isForecast()) {
            return "a warning" + (cites == null ? "" : " citing " + cites) + " at " + atLeast + " or above"
                    + (about == null ? "" : " about " + about) + " within " + withinMonths + " months before " + outcome;
        }
        if (conclusion != null) return "conclusion " + conclusion;
        if (below != null) return "no warning at " + below + " or above";
        if (expectsAbsence()) return "no warning citing " + cites;
        return "a warning citing " + cites + (atLeast == null ? "" : " at " + atLeast + " or above");
    }

    /** When it applies, e.g. "as of 2008-04-04", "every month 1815-06-09..1853-10-04" or "by outcome invasion-2022". */
    public String when() {
        if (isForecast()) return "by outcome " + outcome;
        return isRange() ? "every month " + from + ".." + to : "as of " + asOf;
    }

    Expectation at(String path) {
        return new Expectation(asOf, from, to, cites, atLeast, absent, below, conclusion, outcome, withinMonths, about,
                registered, withdrawn, reason, path);
    }
}
