package org.concert.authoring;

/**
 * Rules cannot be tried right now: there is no sandbox to try them in (and the operator did not opt out), or every
 * sandboxed child is busy. Nothing was compiled or run.
 */
public class AuthoringUnavailableException extends RuntimeException {

    public AuthoringUnavailableException(String message) {
        super(message);
    }
}
