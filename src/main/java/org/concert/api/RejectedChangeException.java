package org.concert.api;

import org.concert.authoring.Activation;
import org.springframework.http.HttpStatus;

/** A rule change the gate refused (422): invalid rules, or historical cases it would break; the activation says which. */
class RejectedChangeException extends ProblemException {
    RejectedChangeException(Activation a) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, a.problems().isEmpty() ? "regression-failed" : "invalid-rules",
                a.problems().isEmpty() ? "The change breaks historical cases" : "Invalid rules", a.summary());
        with("problems", a.problems());
        with("failures", a.failures());
        with("servingVersion", a.fromVersion());
    }
}
