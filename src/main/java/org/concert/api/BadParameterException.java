package org.concert.api;

import org.springframework.http.HttpStatus;

/** A request parameter that is present but makes no sense, e.g. a timeline that ends before it starts (400). */
class BadParameterException extends ProblemException {
    BadParameterException(String detail) {
        super(HttpStatus.BAD_REQUEST, "bad-parameter", "Bad parameter", detail);
    }
}
