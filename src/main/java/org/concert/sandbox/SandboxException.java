package org.concert.sandbox;

/** A sandboxed child that could not start, failed, or was stopped at one of its limits; the message says which, for an analyst. */
public class SandboxException extends RuntimeException {

    public SandboxException(String message) {
        super(message);
    }

    public SandboxException(String message, Throwable cause) {
        super(message, cause);
    }
}
