package org.concert.api;

import org.concert.cli.ConcertCli;
import org.concert.casefile.CaseLoader;
import org.concert.evaluation.EvaluationGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ServerTest
class CasesApiTests {

    static final String RUSSIA_WEST = "russia-west-1990-2022";

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void listsEveryStoredCaseWithItsPeriodAndCounts() {
        Http.Response r = http.get("/api/cases");
        assertThat(r.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        r.json().forEach(c -> ids.add(c.get("id").asString()));
        assertThat(ids).isSorted().contains(RUSSIA_WEST, "versailles-1919", "vienna-1815")
                .hasSize(org.concert.casefile.CaseLibrary.files(java.nio.file.Path.of("cases")).size());
        JsonNode russia = r.json().get(ids.indexOf(RUSSIA_WEST));
        assertThat(russia.get("title").asString()).isEqualTo("Russia and the West, 1990–2022");
        assertThat(russia.get("period").get("from").asString()).isEqualTo("1990-01-01");
        assertThat(russia.get("counts").get("events").asInt())
                .isEqualTo(org.concert.casefile.CaseLoader.load(java.nio.file.Path.of("cases/russia-west-1990-2022.json")).events().size());
        assertThat(russia.get("counts").get("actors").asInt()).isPositive();
    }

    @Test
    void getsACaseAsStored() throws Exception {
        Http.Response r = http.get("/api/cases/vienna-1815");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json()).isEqualTo(CaseLoader.mapper().readTree(Files.readString(Path.of("cases/vienna-1815.json"))));
    }

    @Test
    void anUnknownCaseIsA404Problem() {
        for (String path : List.of("/api/cases/no-such-case", "/api/cases/no-such-case/evaluation?asOf=2008-04-04")) {
            Http.Response r = http.get(path);
            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.isProblem()).isTrue();
            assertThat(r.json().get("type").asString()).isEqualTo("urn:concert:problem:unknown-case");
            assertThat(r.json().get("detail").asString()).contains("no-such-case");
        }
    }

    @Test
    void russiaWestAsOfBucharestWarnsOfTheRedLineWithItsJustificationTree() {
        Http.Response r = http.get("/api/cases/" + RUSSIA_WEST + "/evaluation?asOf=2008-04-04");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).isEqualTo("application/json");
        JsonNode p20 = warningCiting(r.json(), "P20");
        assertThat(p20.get("level").asString()).isEqualTo("HIGH"); // no sourced "bluff" to raise it (issue 16)
        JsonNode justification = p20.get("justification");
        assertThat(justification.get("proposition").asString()).isEqualTo("P20");
        assertThat(justification.get("facts").findValuesAsString("path")).contains("$.events[21]");
        assertThat(justification.get("because").get(0).get("because")).isNotNull();
    }

    @Test
    void anEvaluationIsExactlyTheJsonOfTheCli() {
        StringWriter out = new StringWriter();
        int exit = ConcertCli.run(new PrintWriter(out), new PrintWriter(new StringWriter()),
                "evaluate", "cases/" + RUSSIA_WEST + ".json", "--as-of", "2008-04-04", "--format", "json");
        assertThat(exit).isZero();
        Http.Response r = http.get("/api/cases/" + RUSSIA_WEST + "/evaluation?asOf=2008-04-04");
        JsonNode cli = CaseLoader.mapper().readTree(out.toString());
        assertThat(r.json()).isEqualTo(cli);
        assertThat(r.json().propertyNames()).containsExactlyElementsOf(cli.propertyNames());
        assertThat(r.json().get("asOf").asString()).isEqualTo("2008-04-04");
    }

    @Test
    void theGraphShapeIsTheSameEvaluationWithEachJustificationOnce() {
        Http.Response tree = http.get("/api/cases/" + RUSSIA_WEST + "/evaluation?asOf=2008-04-04");
        Http.Response graph = http.get("/api/cases/" + RUSSIA_WEST + "/evaluation?asOf=2008-04-04&shape=graph");
        assertThat(graph.status()).isEqualTo(200);
        assertThat(graph.json().get("shape").asString()).isEqualTo("graph");
        String p20 = warningCiting(graph.json(), "P20").get("justification").asString();
        assertThat(graph.json().get("justifications").get(p20).get("proposition").asString()).isEqualTo("P20");
        EvaluationGraph read = CaseLoader.mapper().readValue(graph.body(), EvaluationGraph.class);
        JsonNode expanded = CaseLoader.mapper().valueToTree(read.expand());
        assertThat(expanded).isEqualTo(tree.json());
        assertThat(graph.body().length() * 4).as("several times smaller").isLessThan(tree.body().length());
        assertThat(http.get("/api/cases/" + RUSSIA_WEST + "/evaluation?asOf=2008-04-04&shape=tree").body()).isEqualTo(tree.body());
    }

    @Test
    void aShapeOtherThanTreeOrGraphIsA400Problem() {
        Http.Response r = http.get("/api/cases/" + RUSSIA_WEST + "/evaluation?asOf=2008-04-04&shape=forest");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.isProblem()).isTrue();
        assertThat(r.json().get("detail").asString()).isEqualTo("shape: \"forest\" is not tree or graph");
    }

    @Test
    void largeAnswersAreCompressedForClientsThatAcceptIt() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/cases/" + RUSSIA_WEST
                + "/evaluation?asOf=2008-04-04")).header("Accept-Encoding", "gzip").build();
        var r = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.headers().firstValue("Content-Encoding")).contains("gzip");
        byte[] json = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(r.body())).readAllBytes();
        assertThat(CaseLoader.mapper().readTree(json)).isEqualTo(http.get("/api/cases/" + RUSSIA_WEST + "/evaluation?asOf=2008-04-04").json());
        assertThat(r.body().length * 5).as("gzip: %d of %d bytes", r.body().length, json.length).isLessThan(json.length);
        assertThat(http.get("/api/cases/" + RUSSIA_WEST + "/evaluation?asOf=2008-04-04").body()).startsWith("{");
    }

    @Test
    void aBadOrMissingDateIsA400Problem() {
        for (String asOf : List.of("2008-13-01", "2008-02-30", "yesterday", "04/04/2008", "")) {
            Http.Response r = http.get("/api/cases/" + RUSSIA_WEST + "/evaluation?asOf=" + asOf);
            assertThat(r.status()).as(asOf).isEqualTo(400);
            assertThat(r.isProblem()).isTrue();
        }
        Http.Response bad = http.get("/api/cases/" + RUSSIA_WEST + "/evaluation?asOf=2008-13-01");
        assertThat(bad.json().get("detail").asString()).isEqualTo("asOf: \"2008-13-01\" is not a date (YYYY-MM-DD)");
        Http.Response missing = http.get("/api/cases/" + RUSSIA_WEST + "/evaluation");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("detail").asString()).contains("asOf");
    }

    static JsonNode warningCiting(JsonNode evaluation, String proposition) {
        for (JsonNode w : evaluation.get("warnings")) {
            for (JsonNode p : w.get("propositions")) if (p.asString().equals(proposition)) return w;
        }
        throw new AssertionError("no warning cites " + proposition + " in " + evaluation.get("warnings").findValuesAsString("title"));
    }
}
