package org.concert.api;

import org.concert.Fixtures;
import org.concert.rulebase.RuleInfo;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ServerTest
class RulesApiTests {

    @LocalServerPort
    int port;

    @Test
    void theCatalogueListsEveryServedRuleWithItsMetadataAndWhereItIsWritten() {
        Http.Response r = new Http(port).get("/api/rules");
        assertThat(r.status()).isEqualTo(200);
        List<RuleInfo> expected = List.copyOf(Fixtures.rules().rules());
        JsonNode catalogue = r.json();
        assertThat(catalogue.get("version").asString()).isEqualTo(Fixtures.rules().version());
        assertThat(catalogue.get("rules")).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            RuleInfo rule = expected.get(i);
            JsonNode json = catalogue.get("rules").get(i);
            assertThat(json.get("name").asString()).isEqualTo(rule.name());
            assertThat(json.get("proposition").asString()).isEqualTo(rule.proposition());
            assertThat(json.get("section").asString()).isEqualTo(rule.section());
            assertThat(json.get("paraphrase").asString()).isEqualTo(rule.paraphrase());
            assertThat(json.get("role").asString()).isEqualTo(rule.role());
            assertThat(json.get("file").asString()).isEqualTo(rule.file());
            assertThat(json.get("line").asInt()).isEqualTo(rule.line());
            assertThat(json.has("level")).isTrue();
        }
        assertThat(catalogue.get("rules").findValuesAsString("proposition")).contains("P20");
    }

    @Test
    void theCatalogueAcceptsNoOtherMethod() {
        Http.Response r = new Http(port).post("/api/rules", "{}");
        assertThat(r.status()).isEqualTo(405);
        assertThat(r.isProblem()).isTrue();
    }
}
