package org.concert.api;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ServerTest
class CatalogueApiTests {

    @LocalServerPort
    int port;

    @Test
    void theCatalogueGroupsEveryServedRuleByTheSectionsAndPropositionsItEncodes() {
        Http http = new Http(port);
        Http.Response r = http.get("/api/catalogue");
        assertThat(r.status()).isEqualTo(200);
        JsonNode catalogue = r.json();
        JsonNode served = http.get("/api/rules").json();
        assertThat(catalogue.get("rules").asString()).isEqualTo(served.get("version").asString());
        assertThat(catalogue.get("sections").findValuesAsString("section")).startsWith("1", "2", "3");

        List<String> listed = new ArrayList<>();
        for (JsonNode section : catalogue.get("sections")) {
            for (JsonNode p : section.get("propositions")) {
                for (JsonNode rule : p.get("rules")) listed.add(p.get("id").asString() + " " + rule.get("name").asString());
            }
        }
        List<String> expected = new ArrayList<>();
        served.get("rules").forEach(rule -> expected.add(rule.get("proposition").asString() + " " + rule.get("name").asString()));
        assertThat(listed).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(catalogue.get("uncited")).isEmpty();
    }

    @Test
    void eachRuleNamesTheStoredCasesInWhichItFires() {
        JsonNode catalogue = new Http(port).get("/api/catalogue").json();
        assertThat(catalogue.get("cases").toString()).contains("\"russia-west-1990-2022\"", "\"vienna-1815\"");
        JsonNode p20 = proposition(catalogue, "P20");
        assertThat(p20.get("title").asString()).isNotBlank();
        JsonNode promise = null;
        for (JsonNode rule : p20.get("rules")) {
            if (rule.get("name").asString().equals("Promising membership to a red-line buffer state crosses the red line")) promise = rule;
        }
        assertThat(promise).as("the P20 rule that warns of the promise").isNotNull();
        assertThat(promise.get("role").asString()).isEqualTo("warns");
        assertThat(promise.get("firesIn").toString()).contains("\"russia-west-1990-2022\"").doesNotContain("\"vienna-1815\"");
    }

    private static JsonNode proposition(JsonNode catalogue, String id) {
        for (JsonNode section : catalogue.get("sections")) {
            for (JsonNode p : section.get("propositions")) if (p.get("id").asString().equals(id)) return p;
        }
        throw new AssertionError("no " + id + " in the catalogue");
    }
}
