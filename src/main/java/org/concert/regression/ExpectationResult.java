package org.concert.regression;

import org.concert.casefile.Expectation;

import java.time.LocalDate;
import java.util.List;

/**
 * One expectation of one case, checked: {@code failedAt} is the (first) date it failed, {@code detail}
 * says what was expected and what was found, {@code rules} the rules behind what was found.
 */
public record ExpectationResult(String caseId, String file, Expectation expectation, boolean passed,
                                LocalDate failedAt, String detail, List<String> rules) {

    /** {@code case › as-of date › expectation}, the name of its JUnit test. */
    public String name() {
        String when = expectation.isRange() ? "every month " + expectation.from() + ".." + expectation.to()
                : expectation.asOf().toString();
        return caseId + " › " + when + " › " + expectation.claim();
    }
}
