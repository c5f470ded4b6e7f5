package org.concert.api;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: whatever body is posted, the server answers with a success or a 4xx problem, never a
 * 5xx and never a stack trace. The bodies come from a seeded generator; the seed is printed, and
 * {@code -Dconcert.seed=N} replays a run.
 */
@ServerTest
class HostileBodiesTests {

    static final int BODIES_PER_ENDPOINT = 600;

    @LocalServerPort
    int port;

    @Test
    void noBodyGetsA5xxOrAStackTrace() {
        long seed = Long.getLong("concert.seed", 20080404L);
        System.out.println("HostileBodiesTests seed " + seed + " (replay with -Dconcert.seed=" + seed + ")");
        HostileBodies bodies = new HostileBodies(seed);
        Http http = new Http(port);
        Map<String, Integer> statuses = new TreeMap<>();
        for (int i = 0; i < BODIES_PER_ENDPOINT * 2; i++) {
            boolean whatIf = i % 2 == 1;
            String path = (whatIf ? "/api/what-if" : "/api/evaluations") + "?asOf=" + bodies.asOf();
            byte[] body = whatIf ? bodies.whatIfBody() : bodies.caseBody();
            Http.Response r = http.post(path, body, "application/json");
            statuses.merge((whatIf ? "what-if " : "evaluations ") + r.status(), 1, Integer::sum);
            String shown = new String(body, 0, Math.min(body.length, 300), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(r.status()).as("body #%d (seed %d) to %s: %s…%nanswer: %s", i, seed, path, shown, r.body()).isLessThan(500);
            if (r.status() >= 400) {
                assertThat(r.isProblem()).as("body #%d (seed %d): %s", i, seed, r.body()).isTrue();
                assertThat(r.body()).as("body #%d (seed %d)", i, seed).doesNotContain("\tat ", "Exception", "org.springframework");
            }
        }
        System.out.println("HostileBodiesTests statuses " + statuses);
        assertThat(statuses.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(1000);
    }
}
