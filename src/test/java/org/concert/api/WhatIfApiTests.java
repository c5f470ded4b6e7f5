package org.concert.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@ServerTest
class WhatIfApiTests {

    static final String AS_OF_BUCHAREST = "/api/what-if?asOf=2008-04-04";
    static final String SOURCE = "\"source\": {\"author\": \"Analyst\", \"year\": 2024, \"title\": \"Counterfactual\"}";

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void withoutTheBucharestPromiseTheRedLineWarningVanishesWithItsJustification() {
        Http.Response r = http.post(AS_OF_BUCHAREST, """
                {"caseId": "russia-west-1990-2022", "changes": {"remove": ["bucharest-2008"]}}""");
        assertThat(r.status()).isEqualTo(200);
        JsonNode result = r.json();
        assertThat(result.get("case").asString()).isEqualTo("russia-west-1990-2022");
        assertThat(result.get("asOf").asString()).isEqualTo("2008-04-04");
        assertThat(citing(result.get("before"), "P20")).isTrue();
        assertThat(citing(result.get("after"), "P20")).isFalse();

        JsonNode difference = result.get("difference");
        assertThat(difference.get("appeared")).isEmpty();
        assertThat(difference.get("vanished")).hasSize(1);
        JsonNode vanished = difference.get("vanished").get(0);
        assertThat(citing(difference.get("vanished"), "P20")).isTrue();
        assertThat(vanished.get("justification").get("proposition").asString()).isEqualTo("P20");
        assertThat(vanished.get("justification").get("facts").findValuesAsString("path")).contains("$.events[21]");
    }

    @Test
    void theWarningsBeforeAreTheStoredCaseEvaluation() {
        JsonNode result = http.post(AS_OF_BUCHAREST, """
                {"caseId": "russia-west-1990-2022", "changes": {}}""").json();
        JsonNode stored = http.get("/api/cases/russia-west-1990-2022/evaluation?asOf=2008-04-04").json();
        assertThat(result.get("before")).isEqualTo(stored.get("warnings"));
        assertThat(result.get("after")).isEqualTo(stored.get("warnings"));
        assertThat(result.get("rules")).isEqualTo(stored.get("rules"));
        JsonNode difference = result.get("difference");
        assertThat(difference.get("appeared")).isEmpty();
        assertThat(difference.get("vanished")).isEmpty();
        assertThat(difference.get("levelChanged")).isEmpty();
    }

    @Test
    void changingAFactByIdReplacesIt() {
        // The promise made after the as-of date is not yet known: the same warning vanishes.
        Http.Response r = http.post(AS_OF_BUCHAREST, """
                {"caseId": "russia-west-1990-2022", "changes": {"change": [
                  {"id": "bucharest-2008", "date": "2008-12-03", "kind": "membership-promised", "organisation": "NATO",
                   "parties": ["GEO", "UKR"], "title": "The promise, moved to the December ministerial", %s}]}}""".formatted(SOURCE));
        assertThat(r.status()).isEqualTo(200);
        assertThat(citing(r.json().get("difference").get("vanished"), "P20")).isTrue();
    }

    @Test
    void anAddedFactCanRaiseAWarning() {
        JsonNode removedThenAdded = http.post(AS_OF_BUCHAREST, """
                {"case": %s, "changes": {"add": [
                  {"into": "events", "id": "bucharest-again", "date": "2008-04-03", "kind": "membership-promised",
                   "organisation": "NATO", "parties": ["GEO", "UKR"], "title": "The promise, added back", %s}]}}"""
                .formatted(inlineCaseWithout("bucharest-2008"), SOURCE)).json();
        assertThat(citing(removedThenAdded.get("before"), "P20")).isFalse();
        assertThat(citing(removedThenAdded.get("difference").get("appeared"), "P20")).isTrue();
        assertThat(removedThenAdded.get("difference").get("appeared").get(0).get("justification").get("facts").findValuesAsString("path"))
                .contains("$.changes.add[0]");
    }

    @Test
    void anErrorInAnAddedFactIsReportedAtItsPathInTheRequest() {
        Http.Response r = http.post(AS_OF_BUCHAREST, """
                {"caseId": "russia-west-1990-2022", "changes": {"add": [
                  {"id": "x", "date": "2008-13-01", "kind": "neutrality", "title": "t", "actor": "UKR", %s}]}}""".formatted(SOURCE));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("path").asString()).isEqualTo("$.changes.add[0].date");
    }

    @Test
    void anErrorInAReplacementIsReportedAtItsPathInTheRequest() {
        Http.Response r = http.post(AS_OF_BUCHAREST, """
                {"caseId": "russia-west-1990-2022", "changes": {"change": [
                  {"id": "bucharest-2008", "date": "2008-04-03", "kind": "membership-promised", "organisation": "NOPE",
                   "parties": ["GEO", "UKR"], "title": "t", %s}]}}""".formatted(SOURCE));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("path").asString()).isEqualTo("$.changes.change[0].organisation");
    }

    @Test
    void removingWhatOtherFactsReferToNamesThoseFactsInTheStoredCase() {
        Http.Response r = http.post(AS_OF_BUCHAREST, """
                {"caseId": "vienna-1815", "changes": {"remove": ["FRA"]}}""");
        assertThat(r.status()).isEqualTo(422);
        JsonNode first = r.json().get("errors").get(0);
        assertThat(first.get("case").asString()).isEqualTo("vienna-1815");
        assertThat(first.get("message").asString()).contains("\"FRA\"");
    }

    @Test
    void anErrorInAnInlineCaseIsReportedUnderCase() throws Exception {
        String broken = Files.readString(Path.of("cases/vienna-1815.json")).replace("\"1815-06-22\"", "\"1815-13-22\"");
        Http.Response r = http.post("/api/what-if?asOf=1816-01-01", "{\"case\": " + broken + ", \"changes\": {}}");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("path").asString()).isEqualTo("$.case.events[1].date");
    }

    @Test
    void unknownIdsToRemoveOrChangeAre422sAtTheirPath() {
        Http.Response r = http.post(AS_OF_BUCHAREST, """
                {"caseId": "russia-west-1990-2022", "changes": {"remove": ["no-such-fact"], "change": [{"id": "nor-this"}]}}""");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").findValuesAsString("path")).containsExactly("$.changes.remove[0]", "$.changes.change[0].id");
    }

    @Test
    void anUnknownStoredCaseIsA404() {
        Http.Response r = http.post(AS_OF_BUCHAREST, "{\"caseId\": \"no-such-case\", \"changes\": {}}");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("type").asString()).isEqualTo("urn:concert:problem:unknown-case");
    }

    @Test
    void aRequestOfTheWrongShapeIsA422NamingEachProblem() {
        Http.Response r = http.post(AS_OF_BUCHAREST, """
                {"caseId": 7, "changes": {"add": {}, "remove": [1], "swap": []}, "extra": true}""");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").findValuesAsString("path"))
                .contains("$.caseId", "$.changes.add", "$.changes.remove[0]", "$.changes.swap", "$.extra");
        assertThat(http.post(AS_OF_BUCHAREST, "{\"changes\": {}}").status()).isEqualTo(422);
        assertThat(http.post(AS_OF_BUCHAREST, "{\"caseId\": \"vienna-1815\", \"case\": {}, \"changes\": {}}").status()).isEqualTo(422);
        assertThat(http.post(AS_OF_BUCHAREST, "{\"caseId\": \"vienna-1815\", \"changes\": {\"add\": [{\"into\": \"outcomes\"}]}}")
                .json().get("errors").get(0).get("path").asString()).isEqualTo("$.changes.add[0].into");
    }

    @Test
    void malformedJsonAndBadDatesAre400s() {
        assertThat(http.post(AS_OF_BUCHAREST, "{\"caseId\": ").status()).isEqualTo(400);
        assertThat(http.post("/api/what-if?asOf=2008-02-30", "{\"caseId\": \"vienna-1815\", \"changes\": {}}").status()).isEqualTo(400);
        assertThat(http.post("/api/what-if", "{\"caseId\": \"vienna-1815\", \"changes\": {}}").status()).isEqualTo(400);
    }

    private static String inlineCaseWithout(String eventId) {
        try {
            JsonNode tree = org.concert.casefile.CaseLoader.mapper().readTree(Files.readString(Path.of("cases/russia-west-1990-2022.json")));
            tools.jackson.databind.node.ArrayNode events = (tools.jackson.databind.node.ArrayNode) tree.get("events");
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i).get("id").asString().equals(eventId)) events.remove(i);
            }
            return tree.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean citing(JsonNode warnings, String proposition) {
        for (JsonNode w : warnings) for (JsonNode p : w.get("propositions")) if (p.asString().equals(proposition)) return true;
        return false;
    }
}
