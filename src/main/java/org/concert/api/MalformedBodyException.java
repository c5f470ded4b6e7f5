package org.concert.api;

/** The request body is not JSON at all (400). */
class MalformedBodyException extends RuntimeException {

    MalformedBodyException(String message) {
        super(message);
    }
}
