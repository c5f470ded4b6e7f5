package org.concert.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.concert.casefile.CaseError;
import org.concert.casefile.InvalidCaseException;
import org.concert.authoring.AuthoringUnavailableException;
import org.concert.session.EvaluationRefusedException;
import org.concert.session.EvaluationTimeoutException;
import org.concert.session.RunawayRulesException;
import org.concert.whatif.WhatIfRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;

/**
 * Every error as an RFC 9457 problem ({@code application/problem+json}) with a {@code type} a client
 * can switch on. The API's own refusals are {@link ProblemException}s, which the superclass writes;
 * the case loader's and the engine's are turned into problems here; a bad case also lists its errors,
 * each located by JSON path:
 * <pre>{@code {"type": "urn:concert:problem:invalid-case", "status": 422, "errors": [{"path": "$.events[3].date", "message": "…"}]}}</pre>
 * Spring's own errors (missing parameter, wrong method, unknown path) come as problems too, from the
 * superclass. Nothing unexpected leaks: it is logged and answered with a bare 500.
 */
@RestControllerAdvice
class Problems extends ResponseEntityExceptionHandler {

    static final String MEDIA_TYPE = "application/problem+json";

    private static final Logger log = LoggerFactory.getLogger(Problems.class);

    /**
     * One located error. {@code case} is set when the path is in a stored case rather than in the
     * request (a what-if whose change breaks a stored fact, e.g. by removing what it refers to).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Located(String path, String message, @JsonProperty("case") String caseId) {
        static Located of(CaseError e) {
            return new Located(e.path(), e.message(), WhatIfRequest.ORIGIN.equals(e.file()) ? null : e.file());
        }
    }

    /** The case loader's and the engine's refusals, which know nothing of HTTP, as problems. */
    @ExceptionHandler({InvalidCaseException.class, RunawayRulesException.class, EvaluationTimeoutException.class,
            EvaluationRefusedException.class, AuthoringUnavailableException.class})
    ResponseEntity<Object> refused(RuntimeException e, WebRequest request) {
        ProblemException p;
        if (e instanceof InvalidCaseException invalid) {
            List<Located> errors = invalid.errors().stream().map(Located::of).toList();
            String first = errors.isEmpty() ? "the case is invalid" : errors.get(0).path() + ": " + errors.get(0).message();
            p = new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-case", "Invalid case",
                    errors.size() > 1 ? errors.size() + " errors, the first " + first : first, e).with("errors", errors);
        } else if (e instanceof RunawayRulesException) {
            p = new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "runaway-rules", "Rules did not settle", e.getMessage(), e);
        } else if (e instanceof EvaluationRefusedException) {
            p = new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "evaluation-refused", "Evaluation refused or stopped", e.getMessage(), e);
        } else if (e instanceof AuthoringUnavailableException) {
            p = new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "authoring-unavailable", "Rule authoring unavailable", e.getMessage(), e);
        } else {
            p = new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "evaluation-timeout", "Evaluation took too long", e.getMessage(), e);
        }
        return handleErrorResponseException(p, p.getHeaders(), p.getStatusCode(), request);
    }

    @ExceptionHandler
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
        log.error("Unexpected error while serving a request", e);
        ProblemException p = new ProblemException(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "an unexpected error; it has been logged");
        return handleErrorResponseException(p, p.getHeaders(), p.getStatusCode(), request);
    }

    /** A bad {@code asOf} (or any parameter of the wrong type), e.g. {@code asOf: "2008-13-01" is not a date (YYYY-MM-DD)}. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers, HttpStatusCode status,
                                                        WebRequest request) {
        String name = e.getPropertyName() != null ? e.getPropertyName() : "parameter";
        boolean date = e.getRequiredType() == java.time.LocalDate.class;
        ProblemException p = new ProblemException(HttpStatus.BAD_REQUEST, date ? "bad-date" : "bad-parameter",
                date ? "Bad date" : "Bad parameter", name + ": \"" + e.getValue() + "\" is not " + (date ? "a date (YYYY-MM-DD)" : "a valid value"), e);
        return handleErrorResponseException(p, headers, p.getStatusCode(), request);
    }

    /** A body the converters could not read: too large (413), or missing or not readable (400). */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemException p = null;
        for (Throwable t = e; t != null && p == null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException tooLarge) p = tooLarge;
        }
        if (p == null) {
            p = new MalformedBodyException(e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")
                    ? "the request body is empty: expected JSON" : "the request body could not be read");
        }
        return handleErrorResponseException(p, headers, p.getStatusCode(), request);
    }
}
