package org.concert.api;

import org.springframework.http.HttpStatus;

/** The request body is not JSON at all (400). */
class MalformedBodyException extends ProblemException {
    MalformedBodyException(String detail) {
        super(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON", detail);
    }
}
