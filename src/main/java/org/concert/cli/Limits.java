package org.concert.cli;

import org.concert.session.EvaluationLimits;
import picocli.CommandLine.Option;

import java.time.Duration;

/** How far one evaluation may go before it is stopped: the server's limits, with the same defaults. */
final class Limits {

    @Option(names = "--max-firings", paramLabel = "N", defaultValue = "100000",
            description = "rule firings after which an evaluation is stopped as runaway (default: ${DEFAULT-VALUE})")
    int maxFirings;

    @Option(names = "--max-evaluation-time", paramLabel = "TIME", defaultValue = "10s",
            description = "time after which an evaluation is stopped, e.g. 10s, 500ms, 2m (default: ${DEFAULT-VALUE})")
    Duration maxTime;

    EvaluationLimits limits() {
        return new EvaluationLimits(maxFirings, maxTime);
    }
}
