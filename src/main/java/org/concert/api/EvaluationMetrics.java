package org.concert.api;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.concert.casefile.InvalidCaseException;
import org.concert.session.BoundedEvaluations;
import org.concert.session.EvaluationRefusedException;
import org.concert.session.EvaluationTimeoutException;
import org.concert.session.RunawayRulesException;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * Runs every evaluation the API runs within the server's bounds ({@link BoundedEvaluations}: a few at a time, each
 * within its time and memory), and times it as the timer {@code concert.evaluations}, tagged by
 * {@code endpoint} ({@code stored}, {@code posted}, {@code what-if}) and {@code outcome}
 * ({@code success}, {@code invalid-case}, {@code runaway}, {@code timeout}, {@code refused}, {@code error}, and
 * {@code kept} for an answer given from {@link StoredEvaluations} without evaluating):
 * {@code /actuator/metrics/concert.evaluations} gives the count and latency.
 */
@Component
class EvaluationMetrics {

    static final String TIMER = "concert.evaluations";

    private final MeterRegistry registry;
    private final BoundedEvaluations bounded;

    EvaluationMetrics(MeterRegistry registry, BoundedEvaluations bounded) {
        this.registry = registry;
        this.bounded = bounded;
    }

    /** An answer given from {@link StoredEvaluations}: counted (with no latency to speak of) apart from the evaluations run. */
    void kept(String endpoint) {
        timer(endpoint, "kept").record(java.time.Duration.ZERO);
    }

    <T> T time(String endpoint, Supplier<T> evaluation) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "error";
        try {
            T result = bounded.run(evaluation);
            outcome = "success";
            return result;
        } catch (InvalidCaseException e) {
            outcome = "invalid-case";
            throw e;
        } catch (RunawayRulesException e) {
            outcome = "runaway";
            throw e;
        } catch (EvaluationTimeoutException e) {
            outcome = "timeout";
            throw e;
        } catch (EvaluationRefusedException e) {
            outcome = "refused";
            throw e;
        } finally {
            sample.stop(timer(endpoint, outcome));
        }
    }

    private Timer timer(String endpoint, String outcome) {
        return Timer.builder(TIMER)
                .description("Case evaluations run by the HTTP API (a what-if counts once)")
                .tag("endpoint", endpoint)
                .tag("outcome", outcome)
                .register(registry);
    }
}
