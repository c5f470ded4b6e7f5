package org.concert.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.concert.casefile.CaseError;
import org.concert.casefile.InvalidCaseException;
import org.concert.session.EvaluationTimeoutException;
import org.concert.session.RunawayRulesException;
import org.concert.whatif.WhatIfRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.List;

/**
 * Every error as an RFC 9457 problem ({@code application/problem+json}) with a {@code type} a client
 * can switch on; a bad case also lists its errors, each located by JSON path:
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

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalidCase(InvalidCaseException e) {
        List<Located> errors = e.errors().stream().map(Located::of).toList();
        String first = errors.isEmpty() ? "the case is invalid" : errors.get(0).path() + ": " + errors.get(0).message();
        ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-case", "Invalid case",
                errors.size() > 1 ? errors.size() + " errors, the first " + first : first);
        p.setProperty("errors", errors);
        return respond(p);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> malformed(MalformedBodyException e) {
        return respond(problem(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON", e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> badParameter(BadParameterException e) {
        return respond(problem(HttpStatus.BAD_REQUEST, "bad-parameter", "Bad parameter", e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> rejectedChange(RejectedChangeException e) {
        var a = e.activation();
        String type = !a.problems().isEmpty() ? "invalid-rules" : "regression-failed";
        ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_CONTENT, type,
                a.problems().isEmpty() ? "The change breaks historical cases" : "Invalid rules", a.summary());
        p.setProperty("problems", a.problems());
        p.setProperty("failures", a.failures());
        p.setProperty("servingVersion", a.fromVersion());
        return respond(p);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unknownRuleFile(UnknownRuleFileException e) {
        return respond(problem(HttpStatus.NOT_FOUND, "unknown-rule-file", "Unknown rule file", e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unknownCase(UnknownCaseException e) {
        return respond(problem(HttpStatus.NOT_FOUND, "unknown-case", "Unknown case", e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> tooLarge(BodyTooLargeException e) {
        return respond(problem(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "Request body too large", e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> runaway(RunawayRulesException e) {
        return respond(problem(HttpStatus.UNPROCESSABLE_CONTENT, "runaway-rules", "Rules did not settle", e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> timeout(EvaluationTimeoutException e) {
        return respond(problem(HttpStatus.SERVICE_UNAVAILABLE, "evaluation-timeout", "Evaluation took too long", e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected error while serving a request", e);
        return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "an unexpected error; it has been logged"));
    }

    /** A bad {@code asOf} (or any parameter of the wrong type), e.g. {@code asOf: "2008-13-01" is not a date (YYYY-MM-DD)}. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers, HttpStatusCode status,
                                                        WebRequest request) {
        String name = e.getPropertyName() != null ? e.getPropertyName() : "parameter";
        boolean date = e.getRequiredType() == java.time.LocalDate.class;
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, date ? "bad-date" : "bad-parameter", date ? "Bad date" : "Bad parameter",
                name + ": \"" + e.getValue() + "\" is not " + (date ? "a date (YYYY-MM-DD)" : "a valid value"));
        return new ResponseEntity<>(p, headers, p.getStatus());
    }

    /** A body the converters could not read: too large (413), or missing or not readable (400). */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException tooLarge) {
                return new ResponseEntity<>(tooLarge(tooLarge).getBody(), headers, HttpStatus.CONTENT_TOO_LARGE);
            }
        }
        String detail = e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")
                ? "the request body is empty: expected JSON" : "the request body could not be read";
        return new ResponseEntity<>(problem(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON", detail), headers,
                HttpStatus.BAD_REQUEST);
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create("urn:concert:problem:" + type));
        p.setTitle(title);
        return p;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail p) {
        return ResponseEntity.status(p.getStatus()).body(p);
    }
}
