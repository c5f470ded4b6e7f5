package org.concert.api;

import org.springframework.test.context.TestPropertySource;

/** The same 16 threads with no evaluation kept: every stored evaluation runs the rules, concurrently. */
@TestPropertySource(properties = "concert.evaluation-cache=0")
class ConcurrentUncachedEvaluationsTests extends ConcurrentEvaluationsTests {
}
