package org.concert.api;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.concert.server.ConcertServer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The web layer alone (controllers, problem handling, the body limit) with the server's beans
 * mocked: fast tests of what a controller does with a request, no rules compiled.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest
@ContextConfiguration(classes = ConcertServer.class)
@Import({EvaluationMetrics.class, ControllerSliceTest.Metrics.class})
@interface ControllerSliceTest {

    @TestConfiguration(proxyBeanMethods = false)
    class Metrics {
        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }

        /** Rule authoring is not under test in the slice; its controller needs the gate to exist. */
        @Bean
        org.concert.authoring.RuleGate ruleGate() {
            return org.mockito.Mockito.mock(org.concert.authoring.RuleGate.class);
        }

        /** Evaluations bounded as in the server: a few at a time, each within its time and memory. */
        @Bean(destroyMethod = "close")
        org.concert.session.BoundedEvaluations boundedEvaluations() {
            return new org.concert.session.BoundedEvaluations(new org.concert.session.BoundedEvaluations.Limits(
                    java.time.Duration.ofSeconds(10), 1L << 30, 2, 8));
        }

        /** Nothing kept: the mocked evaluator answers differently from test to test. */
        @Bean
        StoredEvaluations storedEvaluations() {
            return new StoredEvaluations(0);
        }

    }
}
