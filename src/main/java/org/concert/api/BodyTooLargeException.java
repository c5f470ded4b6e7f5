package org.concert.api;

/** The request body is larger than {@code concert.max-body-bytes} (413). Unchecked, so it passes message converters unwrapped. */
class BodyTooLargeException extends RuntimeException {

    BodyTooLargeException(long limit) {
        super("the request body is larger than the limit of " + limit + " bytes (concert.max-body-bytes)");
    }
}
