package org.concert.api;

import org.concert.Fixtures;
import org.concert.server.ConcertServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule authoring over HTTP against the real server, on a copy of the rules: authentication and roles,
 * the regression gate, the audit log, reload after an edit on disk. Evaluation stays open.
 */
@SpringBootTest(classes = ConcertServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RuleAuthoringApiTests {

    static final Path WORK = temp();
    static final Path RULES = WORK.resolve("rules");
    static final String ANALYST = basic("ada", "lovelace-42");
    static final String READER = basic("rob", "reader-42");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry r) {
        r.add("concert.rules-dir", RULES::toString);
        r.add("concert.audit-log", () -> WORK.resolve("audit.jsonl").toString());
        r.add("concert.security.analyst.name", () -> "ada");
        r.add("concert.security.analyst.password", () -> "lovelace-42");
        r.add("concert.security.reader.name", () -> "rob");
        r.add("concert.security.reader.password", () -> "reader-42");
    }

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    static Path temp() {
        try {
            Path dir = Files.createTempDirectory("concert-authoring");
            Fixtures.copy(Fixtures.RULES, dir.resolve("rules"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    Http.Response put(String file, String text, String auth) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/rules/files/" + file))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(jsonBody("text", text)));
        if (auth != null) b.header("Authorization", auth);
        return http.send(b);
    }

    /** A JSON object of one or more name, value pairs. */
    static String jsonBody(String... namesAndValues) {
        var o = org.concert.json.Json.mapper().createObjectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) o.put(namesAndValues[i], namesAndValues[i + 1]);
        return o.toString();
    }

    Http.Response post(String path, String body, String auth) {
        return post(path, body, "application/json", auth);
    }

    Http.Response post(String path, String body, String contentType, String auth) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) b.header("Authorization", auth);
        return http.send(b);
    }

    Http.Response get(String path, String auth) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (auth != null) b.header("Authorization", auth);
        return http.send(b);
    }

    static String rules(String file) throws IOException {
        return Files.readString(RULES.resolve(file));
    }

    @Test
    void authoringWithoutCredentialsIs401AndWithoutTheAnalystRoleIs403ButEvaluationIsOpen() throws IOException {
        String text = rules("warnings/junctures.drl");
        Http.Response anonymous = put("warnings/junctures.drl", text, null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.isProblem()).isTrue();
        Http.Response reader = put("warnings/junctures.drl", text, READER);
        assertThat(reader.status()).isEqualTo(403);
        assertThat(reader.json().get("detail").asString()).contains("analyst role");
        assertThat(get("/api/rules/audit", READER).status()).isEqualTo(403);
        assertThat(post("/api/rules/reload", "{}", null).status()).isEqualTo(401);
        assertThat(http.get("/api/cases/vienna-1815/evaluation?asOf=1816-01-01").status()).isEqualTo(200);
        assertThat(http.get("/api/rules").status()).isEqualTo(200);
    }

    @Test
    void aGoodChangePassesTheGateServesTheNextRequestAndIsAudited() throws IOException {
        String before = rules("warnings/constellation.drl");
        String after = before.replace("leaves {$region} in an imbalance", "leaves {$region} out of balance");
        assertThat(after).isNotEqualTo(before);
        Http.Response r = put("warnings/constellation.drl", after, ANALYST);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("accepted").asBoolean()).isTrue();
        assertThat(rules("warnings/constellation.drl")).isEqualTo(after);
        String evaluation = http.get("/api/cases/russia-west-1990-2022/evaluation?asOf=1992-01-01").body();
        assertThat(evaluation).contains("out of balance").doesNotContain("in an imbalance");
        JsonNode audit = get("/api/rules/audit?limit=1", ANALYST).json();
        assertThat(audit.get("entries").size()).isEqualTo(1);
        JsonNode last = audit.get("entries").get(0);
        assertThat(last.get("who").asString()).isEqualTo("ada");
        assertThat(last.get("accepted").asBoolean()).isTrue();
        assertThat(last.get("diff").asString()).contains("+").contains("out of balance");
        assertThat(last.get("regression").get("met").asInt()).isEqualTo(last.get("regression").get("expectations").asInt());
        put("warnings/constellation.drl", before, ANALYST);
    }

    @Test
    void aChangeThatBreaksAHistoricalCaseIs422ListingTheFailingCasesAndChangesNothing() throws IOException {
        String before = rules("warnings/junctures.drl");
        String servingBefore = http.get("/api/cases/versailles-1919/evaluation?asOf=1920-06-30").body();
        Http.Response r = put("warnings/junctures.drl", before.replace("warn(HIGH,", "warn(NOTICE,"), ANALYST);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("type").asString()).isEqualTo("urn:concert:problem:regression-failed");
        assertThat(r.json().get("failures").toString()).contains("versailles-1919");
        assertThat(rules("warnings/junctures.drl")).isEqualTo(before);
        assertThat(http.get("/api/cases/versailles-1919/evaluation?asOf=1920-06-30").body()).isEqualTo(servingBefore);
    }

    @Test
    void forbiddenCodeIs422WithItsLine() throws IOException {
        String before = rules("warnings/junctures.drl");
        Http.Response r = put("warnings/junctures.drl", before.replaceFirst("(?m)^then$", "then\n    System.exit(0);"), ANALYST);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("type").asString()).isEqualTo("urn:concert:problem:invalid-rules");
        JsonNode problem = r.json().get("problems").get(0);
        assertThat(problem.get("file").asString()).isEqualTo("rules/warnings/junctures.drl");
        assertThat(problem.get("line").asInt()).isPositive();
        // The default-deny validator refuses the consequence's shape (one statement of the vocabulary) before it looks at names.
        assertThat(problem.get("message").asString()).contains("a consequence is one statement");
        assertThat(rules("warnings/junctures.drl")).isEqualTo(before);
    }

    @Test
    void checkValidatesAFileWithoutActivatingIt() throws IOException {
        Http.Response bad = post("/api/rules/check", jsonBody("file", "warnings/new.drl", "text",
                "package concert.rules;\nrule \"x\" @proposition(\"P1\") @section(\"1\")\nwhen\n  Actor(\nthen\nend\n"), ANALYST);
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.json().get("ok").asBoolean()).isFalse();
        assertThat(bad.json().get("problems").get(0).get("file").asString()).isEqualTo("rules/warnings/new.drl");
        Http.Response good = post("/api/rules/check", jsonBody("file", "warnings/junctures.drl", "text", rules("warnings/junctures.drl")), ANALYST);
        assertThat(good.json().get("ok").asBoolean()).as(good.body()).isTrue();
        assertThat(RULES.resolve("warnings/new.drl")).doesNotExist();
        JsonNode audited = get("/api/rules/audit?limit=2", ANALYST).json().get("entries");
        assertThat(audited.findValuesAsString("action")).containsExactly("CHECK", "CHECK");
    }

    @Test
    void noCrossSiteFormOrPlainTextRequestReachesAnEndpointThatChangesOrCompilesRules() throws IOException {
        String text = rules("warnings/junctures.drl");
        // What a page on another site can send without the browser asking first: a form, plain text, no type at all.
        for (String type : java.util.List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x")) {
            Http.Response check = post("/api/rules/check", "file=warnings/new.drl&text=" + text, type, ANALYST);
            assertThat(check.status()).as(type).isEqualTo(415);
            assertThat(check.json().get("detail").asString()).contains("application/json");
            assertThat(post("/api/rules/reload", "", type, ANALYST).status()).as(type).isEqualTo(415);
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/rules/files/warnings/junctures.drl"))
                .header("Content-Type", "text/plain").header("Authorization", ANALYST).PUT(HttpRequest.BodyPublishers.ofString(text));
        assertThat(http.send(b).status()).isEqualTo(415);
        assertThat(get("/api/rules/audit?limit=201", ANALYST).status()).as("a page holds at most 200 records").isEqualTo(400);
    }

    @Test
    void reloadRunsEditsOnDiskThroughTheSameGate() throws IOException {
        Path file = RULES.resolve("warnings/junctures.drl");
        String before = Files.readString(file);
        try {
            Files.writeString(file, before.replace("warn(HIGH,", "warn(NOTICE,"));
            Http.Response refused = post("/api/rules/reload", "{}", ANALYST);
            assertThat(refused.status()).isEqualTo(422);
            assertThat(http.get("/api/cases/versailles-1919/evaluation?asOf=1920-06-30").body()).contains("\"level\":\"HIGH\"");
        } finally {
            Files.writeString(file, before);
        }
        assertThat(post("/api/rules/reload", "{}", ANALYST).status()).isEqualTo(200);
    }

    @Test
    void rulesFilesCanBeListedAndRead() {
        assertThat(get("/api/rules/files", ANALYST).json().toString()).contains("warnings/buffer-states.dslr");
        assertThat(get("/api/rules/files/warnings/buffer-states.dslr", ANALYST).json().get("text").asString()).contains("rule \"");
        assertThat(get("/api/rules/files/nope.drl", ANALYST).status()).isEqualTo(404);
    }

    @Test
    void evaluationsDuringFiftyConsecutiveSwapsAllSucceedAndEachMatchesExactlyOneRuleBase() throws Exception {
        String url = "/api/cases/russia-west-1990-2022/evaluation?asOf=1992-01-01";
        String a = rules("warnings/constellation.drl");
        String b = a.replace("leaves {$region} in an imbalance", "leaves {$region} unbalanced");
        assertThat(put("warnings/constellation.drl", b, ANALYST).status()).isEqualTo(200);
        String underB = http.get(url).body();
        assertThat(put("warnings/constellation.drl", a, ANALYST).status()).isEqualTo(200);
        String underA = http.get(url).body();
        assertThat(underB).isNotEqualTo(underA).contains("unbalanced");

        java.util.concurrent.atomic.AtomicBoolean swapping = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.List<Http.Response> seen = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        java.util.List<java.util.concurrent.Future<?>> evaluators = new java.util.ArrayList<>();
        for (int t = 0; t < 3; t++) {
            evaluators.add(pool.submit(() -> {
                Http client = new Http(port);
                while (swapping.get()) seen.add(client.get(url));
            }));
        }
        for (int swap = 0; swap < 50; swap++) {
            Http.Response r = put("warnings/constellation.drl", swap % 2 == 0 ? b : a, ANALYST);
            assertThat(r.status()).as("swap %d: %s", swap, r.body()).isEqualTo(200);
        }
        swapping.set(false);
        for (var f : evaluators) f.get();
        pool.shutdown();

        assertThat(seen).isNotEmpty().allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).isIn(underA, underB);
        });
        assertThat(seen).extracting(Http.Response::body).contains(underA, underB);
        assertThat(rules("warnings/constellation.drl")).isEqualTo(a);
        System.out.printf("%d evaluations during 50 swaps, each matching one of the two rule bases%n", seen.size());
    }
}
