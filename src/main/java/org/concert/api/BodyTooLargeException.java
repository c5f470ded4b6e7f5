package org.concert.api;

import org.springframework.http.HttpStatus;

/** The request body is larger than {@code concert.max-body-bytes} (413). Unchecked, so it passes message converters unwrapped. */
class BodyTooLargeException extends ProblemException {
    BodyTooLargeException(long limit) {
        super(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "Request body too large",
                "the request body is larger than the limit of " + limit + " bytes (concert.max-body-bytes)");
    }
}
