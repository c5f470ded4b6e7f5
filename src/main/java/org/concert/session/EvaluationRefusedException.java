package org.concert.session;

/**
 * An evaluation that was not run, or was stopped, to keep the server answering: too many running already, the heap
 * nearly full, or this one allocating past its budget. Nothing is wrong with the request as such; it may be tried again.
 */
public class EvaluationRefusedException extends RuntimeException {

    public EvaluationRefusedException(String message) {
        super(message);
    }
}
