package org.concert.api;

import org.concert.server.ConcertServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A rule set that never settles, with no practical fire limit: the wall-clock limit stops it with a 503, not a hang. */
@SpringBootTest(classes = ConcertServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"concert.rules-dir=src/test/resources/rulesets/runaway", "concert.max-firings=2000000000",
                "concert.max-evaluation-time=300ms"})
class EvaluationTimeoutApiTests {

    @LocalServerPort
    int port;

    @Test
    void anEvaluationPastTheTimeLimitIsA503SayingSo() {
        Instant start = Instant.now();
        Http.Response r = new Http(port).get("/api/cases/vienna-1815/evaluation?asOf=1816-01-01");
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
        assertThat(r.status()).isEqualTo(503);
        assertThat(r.isProblem()).isTrue();
        assertThat(r.json().get("type").asString()).isEqualTo("urn:concert:problem:evaluation-timeout");
        assertThat(r.json().get("detail").asString()).contains("took longer than 300 ms and was stopped");
    }
}
