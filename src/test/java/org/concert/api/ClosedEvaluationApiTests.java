package org.concert.api;

import org.concert.server.ConcertServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** With evaluation closed by configuration, reading needs any configured user; authoring still needs the analyst. */
@SpringBootTest(classes = ConcertServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "concert.security.evaluation-open=false",
        "concert.security.analyst.name=ada", "concert.security.analyst.password=lovelace-42",
        "concert.security.reader.name=rob", "concert.security.reader.password=reader-42"})
class ClosedEvaluationApiTests {

    @LocalServerPort
    int port;

    private Http.Response get(String path, String auth) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (auth != null) b.header("Authorization", auth);
        return new Http(port).send(b);
    }

    @Test
    void evaluationNeedsCredentialsWhenClosedAndHealthDoesNot() {
        String url = "/api/cases/vienna-1815/evaluation?asOf=1816-01-01";
        Http.Response anonymous = get(url, null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.isProblem()).isTrue();
        assertThat(get(url, RuleAuthoringApiTests.basic("rob", "wrong")).status()).isEqualTo(401);
        assertThat(get(url, RuleAuthoringApiTests.READER).status()).isEqualTo(200);
        assertThat(get(url, RuleAuthoringApiTests.ANALYST).status()).isEqualTo(200);
        assertThat(get("/api/rules", null).status()).isEqualTo(401);
        assertThat(get("/actuator/health", null).status()).isEqualTo(200);
        assertThat(get("/api/rules/audit", RuleAuthoringApiTests.READER).status()).isEqualTo(403);
    }
}
