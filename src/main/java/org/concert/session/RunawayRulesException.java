package org.concert.session;

/** The rules kept firing past the limit without settling: a rule that re-triggers itself, most likely. */
public class RunawayRulesException extends RuntimeException {
    public RunawayRulesException(String message) {
        super(message);
    }
}
