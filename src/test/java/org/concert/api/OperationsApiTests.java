package org.concert.api;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What operators and client authors rely on: the OpenAPI document, Swagger UI, health and metrics. */
@ServerTest
class OperationsApiTests {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping handlers;

    @Test
    void theOpenApiDocumentListsEveryEndpoint() {
        Http.Response r = new Http(port).get("/v3/api-docs");
        assertThat(r.status()).isEqualTo(200);
        JsonNode paths = r.json().get("paths");
        List<String> listed = new ArrayList<>();
        paths.properties().forEach(p -> p.getValue().propertyNames().forEach(m -> listed.add(m.toUpperCase() + " " + p.getKey())));
        List<String> served = new ArrayList<>();
        handlers.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream().filter(p -> p.startsWith("/api/"))
                .forEach(p -> info.getMethodsCondition().getMethods().forEach(m -> served.add(m.name() + " " + p.replace("{*", "{")))));
        assertThat(served).contains("GET /api/cases", "GET /api/cases/{id}", "GET /api/cases/{id}/evaluation",
                "POST /api/evaluations", "POST /api/what-if", "GET /api/rules", "GET /api/cases/{id}/timeline",
                "GET /api/cases/{id}/lead-times", "GET /api/cases/{id}/similar", "GET /api/catalogue");
        assertThat(listed).containsExactlyInAnyOrderElementsOf(served);
        JsonNode whatIf = paths.get("/api/what-if").get("post");
        assertThat(whatIf.get("responses").propertyNames()).contains("200", "400", "404", "413", "422");
        assertThat(whatIf.get("responses").get("422").get("content").has("application/problem+json")).isTrue();
        assertThat(r.json().get("components").get("schemas").get("Evaluation").get("properties").has("case")).isTrue();
        // The answer is the tree (the default) or, with shape=graph, the graph: the document says both.
        for (String path : List.of("/api/cases/{id}/evaluation", "/api/evaluations")) {
            JsonNode operation = paths.get(path).get(path.equals("/api/evaluations") ? "post" : "get");
            List<String> shapes = new ArrayList<>();
            for (JsonNode s : operation.get("responses").get("200").get("content").get("application/json").get("schema").get("oneOf")) {
                shapes.add(s.get("$ref").asString());
            }
            assertThat(shapes).as(path).containsExactly("#/components/schemas/Evaluation", "#/components/schemas/EvaluationGraph");
            List<String> parameters = new ArrayList<>();
            for (JsonNode p : operation.get("parameters")) parameters.add(p.get("name").asString());
            assertThat(parameters).as(path).contains("asOf", "shape");
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    tools.jackson.databind.json.JsonMapper springJson;

    @Test
    void springsJsonMapperHasTheApplicationsConfiguration() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> springJson.readTree("{\"a\": 1, \"a\": 2}"))
                .hasMessageContaining("Duplicate Object property \"a\"");
    }

    @Test
    void swaggerUiIsServed() {
        Http.Response r = new Http(port).get("/swagger-ui/index.html");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("Swagger UI");
    }

    @Test
    void healthIsUp() {
        Http.Response r = new Http(port).get("/actuator/health");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void evaluationsAreCountedAndTimedByEndpointAndOutcome() {
        Http http = Http.signedIn(port, ServerTest.OPERATOR, ServerTest.PASSWORD);
        http.get("/api/cases/vienna-1815/evaluation?asOf=1816-01-01");
        http.post("/api/evaluations?asOf=1816-01-01", "{}");
        Http.Response stored = http.get("/actuator/metrics/concert.evaluations?tag=endpoint:stored&tag=outcome:success");
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.json().get("baseUnit").asString()).isEqualTo("seconds");
        assertThat(statistic(stored.json(), "COUNT")).isGreaterThanOrEqualTo(1);
        assertThat(statistic(stored.json(), "TOTAL_TIME")).isPositive();
        Http.Response invalid = http.get("/actuator/metrics/concert.evaluations?tag=endpoint:posted&tag=outcome:invalid-case");
        assertThat(statistic(invalid.json(), "COUNT")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aRepeatedStoredEvaluationIsAnsweredFromMemoryAndCountedAsKept() {
        Http http = Http.signedIn(port, ServerTest.OPERATOR, ServerTest.PASSWORD);
        String path = "/api/cases/versailles-1919/evaluation?asOf=1923-01-11";
        Http.Response first = http.get(path);
        double success = count(http, "stored", "success"), kept = count(http, "stored", "kept");
        Http.Response again = http.get(path);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(count(http, "stored", "success")).as("not evaluated again").isEqualTo(success);
        assertThat(count(http, "stored", "kept")).isEqualTo(kept + 1);
    }

    private static double count(Http http, String endpoint, String outcome) {
        Http.Response r = http.get("/actuator/metrics/concert.evaluations?tag=endpoint:" + endpoint + "&tag=outcome:" + outcome);
        return r.status() == 404 ? 0 : statistic(r.json(), "COUNT");
    }

    @Test
    void anUnknownPathIsA404Problem() {
        Http.Response r = new Http(port).get("/api/nothing-here");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.isProblem()).isTrue();
    }

    private static double statistic(JsonNode metric, String name) {
        for (JsonNode m : metric.get("measurements")) if (m.get("statistic").asString().equals(name)) return m.get("value").asDouble();
        throw new AssertionError("no " + name + " in " + metric);
    }
}
