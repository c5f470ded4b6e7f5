package org.concert.api;

import org.springframework.http.HttpStatus;

/** No stored case has this id (404). */
class UnknownCaseException extends ProblemException {
    UnknownCaseException(String id) {
        super(HttpStatus.NOT_FOUND, "unknown-case", "Unknown case", "no stored case has the id \"" + id + "\"");
    }
}
