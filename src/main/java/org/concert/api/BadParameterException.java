package org.concert.api;

/** A request parameter that is present but makes no sense, e.g. a timeline that ends before it starts. */
class BadParameterException extends RuntimeException {
    BadParameterException(String message) {
        super(message);
    }
}
