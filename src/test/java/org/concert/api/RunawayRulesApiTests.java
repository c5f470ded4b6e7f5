package org.concert.api;

import org.concert.server.ConcertServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A rule set that never settles, served with a low fire limit: evaluations stop with a 422 that says why. */
@SpringBootTest(classes = ConcertServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"concert.rules-dir=src/test/resources/rulesets/runaway", "concert.max-firings=1000",
                "concert.security.analyst.name=operator", "concert.security.analyst.password=operator-42"})
class RunawayRulesApiTests {

    @LocalServerPort
    int port;

    @Test
    void anEvaluationPastTheFireLimitIsA422NamingTheBusiestRules() {
        Http http = new Http(port);
        Http.Response r = http.get("/api/cases/vienna-1815/evaluation?asOf=1816-01-01");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.isProblem()).isTrue();
        assertThat(r.json().get("type").asString()).isEqualTo("urn:concert:problem:runaway-rules");
        assertThat(r.json().get("detail").asString()).contains("without settling (fire limit 1000)").contains("A count never stops");
        assertThat(http.post("/api/what-if?asOf=1816-01-01", "{\"caseId\": \"vienna-1815\", \"changes\": {}}").status()).isEqualTo(422);
        Http.Response counted = Http.signedIn(port, "operator", "operator-42").get("/actuator/metrics/concert.evaluations?tag=outcome:runaway");
        assertThat(counted.status()).isEqualTo(200);
    }
}
