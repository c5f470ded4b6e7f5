package org.concert.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@ServerTest
class EvaluationsApiTests {

    static final String PATH = "/api/evaluations?asOf=1816-01-01";

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    static String vienna() throws Exception {
        return Files.readString(Path.of("cases/vienna-1815.json"));
    }

    @Test
    void aPostedCaseIsEvaluatedLikeTheSameStoredCase() throws Exception {
        Http.Response posted = http.post("/api/evaluations?asOf=2008-04-04", Files.readString(Path.of("cases/russia-west-1990-2022.json")));
        Http.Response stored = http.get("/api/cases/russia-west-1990-2022/evaluation?asOf=2008-04-04");
        assertThat(posted.status()).isEqualTo(200);
        assertThat(posted.json()).isEqualTo(stored.json());
        CasesApiTests.warningCiting(posted.json(), "P20");
    }

    @Test
    void aPostedCaseCanBeAnsweredAsAGraph() throws Exception {
        String russiaWest = Files.readString(Path.of("cases/russia-west-1990-2022.json"));
        Http.Response graph = http.post("/api/evaluations?asOf=2008-04-04&shape=graph", russiaWest);
        assertThat(graph.status()).isEqualTo(200);
        assertThat(graph.body()).isEqualTo(http.get("/api/cases/russia-west-1990-2022/evaluation?asOf=2008-04-04&shape=graph").body());
        assertThat(http.post("/api/evaluations?asOf=2008-04-04&shape=graphs", russiaWest).status()).isEqualTo(400);
    }

    @Test
    void aPostedCaseIsNotStored() throws Exception {
        String renamed = vienna().replace("\"id\": \"vienna-1815\"", "\"id\": \"vienna-posted\"");
        assertThat(http.post(PATH, renamed).json().get("case").asString()).isEqualTo("vienna-posted");
        assertThat(http.get("/api/cases/vienna-posted").status()).isEqualTo(404);
    }

    @Test
    void aCaseThatBreaksTheSchemaIsA422NamingTheJsonPath() throws Exception {
        Http.Response r = http.post(PATH, vienna().replace("\"1815-06-22\"", "\"1815-13-22\""));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.isProblem()).isTrue();
        JsonNode p = r.json();
        assertThat(p.get("type").asString()).isEqualTo("urn:concert:problem:invalid-case");
        assertThat(p.get("errors").get(0).get("path").asString()).isEqualTo("$.events[1].date");
        assertThat(p.get("errors").get(0).get("message").asString()).isEqualTo("\"1815-13-22\" is not a date (YYYY-MM-DD)");
        assertThat(p.get("errors").get(0).has("case")).isFalse();
    }

    @Test
    void aCaseThatBreaksTheSemanticChecksIsA422NamingTheJsonPath() throws Exception {
        Http.Response r = http.post(PATH, vienna().replace("\"losers\": [\n        \"FRA\"", "\"losers\": [\n        \"XXX\""));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("path").asString()).isEqualTo("$.events[1].losers[0]");
        assertThat(r.json().get("errors").get(0).get("message").asString()).isEqualTo("unknown actor or organisation id \"XXX\"");
    }

    @Test
    void aFactWithoutASourceIsA422() throws Exception {
        JsonNode tree = org.concert.casefile.CaseLoader.mapper().readTree(vienna());
        ((tools.jackson.databind.node.ObjectNode) tree.get("events").get(1)).remove("source");
        Http.Response r = http.post(PATH, tree.toString());
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("path").asString()).isEqualTo("$.events[1]");
    }

    @Test
    void malformedJsonIsA400Problem() {
        for (String body : new String[]{"{\"id\": ", "not json", "{\"id\": \"a\", \"id\": \"b\"}", "{} {}"}) {
            Http.Response r = http.post(PATH, body);
            assertThat(r.status()).as(body).isEqualTo(400);
            assertThat(r.isProblem()).isTrue();
            assertThat(r.json().get("type").asString()).isEqualTo("urn:concert:problem:malformed-json");
        }
        assertThat(http.post(PATH, "{\"id\": ").json().get("detail").asString()).startsWith("malformed JSON at line 1");
    }

    @Test
    void anEmptyBodyIsA400() {
        Http.Response r = http.post(PATH, "");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("detail").asString()).contains("empty");
    }

    @Test
    void jsonThatIsNotACaseIsA422() {
        for (String body : new String[]{"[]", "42", "\"case\"", "null", "{}"}) {
            Http.Response r = http.post(PATH, body);
            assertThat(r.status()).as(body).isEqualTo(422);
            assertThat(r.json().get("errors").size()).isPositive();
        }
    }

    @Test
    void aBadDateIsA400() throws Exception {
        Http.Response r = http.post("/api/evaluations?asOf=1816-02-30", vienna());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("detail").asString()).isEqualTo("asOf: \"1816-02-30\" is not a date (YYYY-MM-DD)");
        assertThat(http.post("/api/evaluations", vienna()).status()).isEqualTo(400);
    }

    @Test
    void aBodyOverTheLimitIsA413WithOrWithoutAContentLength() {
        byte[] big = ("{\"title\": \"" + "x".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        Http.Response declared = http.post(PATH, big, "application/json");
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.isProblem()).isTrue();
        assertThat(declared.json().get("detail").asString()).contains("1048576 bytes");

        HttpRequest.Builder chunked = HttpRequest.newBuilder(URI.create("http://localhost:" + port + PATH))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)));
        Http.Response streamed = http.send(chunked);
        assertThat(streamed.status()).isEqualTo(413);
        assertThat(streamed.json().get("type").asString()).isEqualTo("urn:concert:problem:body-too-large");
    }

    @Test
    void aBodyThatIsNotJsonByContentTypeIsA415() throws Exception {
        Http.Response r = http.post(PATH, vienna().getBytes(StandardCharsets.UTF_8), "text/plain");
        assertThat(r.status()).isEqualTo(415);
        assertThat(r.isProblem()).isTrue();
    }
}
