package org.concert.session;

/** An evaluation ran past its wall-clock limit and was halted. */
public class EvaluationTimeoutException extends RuntimeException {
    public EvaluationTimeoutException(String message) {
        super(message);
    }
}
