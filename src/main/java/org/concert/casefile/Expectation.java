package org.concert.casefile;

import java.time.LocalDate;

/**
 * What the theory should say about the case, written before the rules were run on it.
 * Either at one date ({@code asOf}) or at every month of a stretch ({@code from}..{@code to}).
 * Exactly one claim:
 * <ul>
 *   <li>{@code cites} + {@code atLeast}: a warning citing the proposition, at that level or above;</li>
 *   <li>{@code cites} + {@code absent}: no warning citing the proposition;</li>
 *   <li>{@code below}: no warning at that level or above (a quiet case);</li>
 *   <li>{@code conclusion}: a conclusion of that kind is derived.</li>
 * </ul>
 */
public record Expectation(LocalDate asOf, LocalDate from, LocalDate to, String cites, Level atLeast,
                          Boolean absent, Level below, String conclusion, String reason, String path) {

    public boolean isRange() {
        return asOf == null;
    }

    public boolean expectsAbsence() {
        return Boolean.TRUE.equals(absent);
    }

    /** The claim in words, e.g. "a warning citing P20 at HIGH or above". */
    public String claim() {
        if (conclusion != null) return "conclusion " + conclusion;
        if (below != null) return "no warning at " + below + " or above";
        if (expectsAbsence()) return "no warning citing " + cites;
        return "a warning citing " + cites + (atLeast == null ? "" : " at " + atLeast + " or above");
    }

    /** When it applies, e.g. "as of 2008-04-04" or "every month 1815-06-09..1853-10-04". */
    public String when() {
        return isRange() ? "every month " + from + ".." + to : "as of " + asOf;
    }

    Expectation at(String path) {
        return new Expectation(asOf, from, to, cites, atLeast, absent, below, conclusion, reason, path);
    }
}
