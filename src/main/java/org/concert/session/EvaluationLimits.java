package org.concert.session;

import java.time.Duration;

/** How far one evaluation may go before it is stopped with a clear error instead of hanging. */
public record EvaluationLimits(int maxFirings, Duration maxTime) {

    public static final EvaluationLimits DEFAULT = new EvaluationLimits(100_000, Duration.ofSeconds(10));
}
