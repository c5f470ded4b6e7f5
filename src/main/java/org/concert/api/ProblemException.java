package org.concert.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/**
 * A refusal answered as an RFC 9457 problem: its status, a {@code type} a client can switch on
 * ({@code urn:concert:problem:…}), a title and a detail. Spring MVC writes it as
 * {@code application/problem+json} ({@link Problems}).
 */
class ProblemException extends ErrorResponseException {

    ProblemException(HttpStatus status, String type, String title, String detail, Throwable cause) {
        super(status, body(status, type, title, detail), cause);
    }

    ProblemException(HttpStatus status, String type, String title, String detail) {
        this(status, type, title, detail, null);
    }

    /** A further member of the problem, e.g. the located errors of a rejected case. */
    ProblemException with(String name, Object value) {
        getBody().setProperty(name, value);
        return this;
    }

    /** The detail, as a client reads it (Spring's message would be status and problem together). */
    @Override
    public String getMessage() {
        return getBody().getDetail();
    }

    private static ProblemDetail body(HttpStatus status, String type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create("urn:concert:problem:" + type));
        p.setTitle(title);
        return p;
    }
}
