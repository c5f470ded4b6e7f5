package org.concert.regression;

import org.concert.casefile.Expectation;

import java.time.LocalDate;
import java.util.List;

/**
 * One expectation of one case, checked: {@code failedAt} is the (first) date it failed, {@code detail}
 * says what was expected and what was found, {@code rules} the rules behind what was found. A
 * {@code withdrawn} expectation is not checked (it neither passes nor fails); its detail says why.
 */
public record ExpectationResult(String caseId, String file, Expectation expectation, boolean passed, boolean withdrawn,
                                LocalDate failedAt, String detail, List<String> rules) {

    /** {@code case › when › expectation}, the name of its JUnit test. */
    public String name() {
        String when = expectation.isForecast() ? "by " + expectation.outcome()
                : expectation.isRange() ? "every month " + expectation.from() + ".." + expectation.to()
                : expectation.asOf().toString();
        return caseId + " › " + when + " › " + expectation.claim();
    }

    /** Written before the rules' answer on the case was seen: a forecast, scored rather than enforced. */
    public boolean isForecast() {
        return expectation.registeredBeforeRun();
    }

    /** Written after the rules' answer was seen: a regression guard, which must hold. */
    public boolean isGuard() {
        return !withdrawn && !isForecast();
    }

    /** "met", "failed" or "withdrawn". */
    public String status() {
        return withdrawn ? "withdrawn" : passed ? "met" : "failed";
    }
}
