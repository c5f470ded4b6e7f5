package org.concert.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@ServerTest
class TimelinesApiTests {

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void aTimelineGivesTheHighestLevelPerMonthAndWhenWarningsAppear() {
        Http.Response r = http.get("/api/cases/russia-west-1990-2022/timeline?from=2007-01-01&to=2009-01-01&step=month");
        assertThat(r.status()).isEqualTo(200);
        JsonNode points = r.json().get("points");
        assertThat(points).hasSize(25);
        assertThat(points.get(0).get("date").asString()).isEqualTo("2007-01-01");
        // HIGH, not CRITICAL: the unsourced "bluff" of Bucharest that raised it was removed in review (issue 16).
        assertThat(points.get(24).get("highest").asString()).isEqualTo("HIGH");
        assertThat(r.json().get("spans").toString()).contains("\"kind\":\"red-line-crossed\"", "\"appeared\":\"2008-05-01\"");
    }

    @Test
    void aTimelineDefaultsToTheCasesPeriodMonthly() {
        JsonNode t = http.get("/api/cases/versailles-1919/timeline").json();
        assertThat(t.get("from").asString()).isEqualTo("1918-11-11");
        assertThat(t.get("to").asString()).isEqualTo("1939-09-03");
        assertThat(t.get("step").asString()).isEqualTo("1 month");
    }

    @Test
    void aTimelineRefusesBadStepsDatesAndRanges() {
        assertThat(http.get("/api/cases/vienna-1815/timeline?step=fortnight").status()).isEqualTo(400);
        assertThat(http.get("/api/cases/vienna-1815/timeline?from=1815-02-30").status()).isEqualTo(400);
        Http.Response backwards = http.get("/api/cases/vienna-1815/timeline?from=1820-01-01&to=1815-01-01");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.contentType()).startsWith("application/problem+json");
        assertThat(backwards.json().get("detail").asString()).contains("ends (1815-01-01) before it starts (1820-01-01)");
        assertThat(http.get("/api/cases/vienna-1815/timeline?from=1000-01-01&to=2000-01-01&step=1d").status()).isEqualTo(400);
        assertThat(http.get("/api/cases/atlantis/timeline").status()).isEqualTo(404);
    }

    @Test
    void leadTimesScoreEachOutcome() {
        Http.Response r = http.get("/api/cases/russia-west-1990-2022/lead-times");
        assertThat(r.status()).isEqualTo(200);
        // The outcomes chosen by the codebook's rule: the first dispute at hostility 4 (1992), missed, and the invasion.
        JsonNode dispute = r.json().get(0), invasion = r.json().get(1);
        assertThat(dispute.get("outcome").asString()).isEqualTo("mid-3559-1992");
        assertThat(dispute.get("days").asLong()).isNegative();
        assertThat(invasion.get("outcome").asString()).isEqualTo("invasion-2022");
        assertThat(invasion.get("firstWarning").asString()).isLessThanOrEqualTo("2008-04-04");
        assertThat(invasion.get("days").asLong()).isGreaterThan((long) (13.8 * 365));
        assertThat(http.get("/api/cases/atlantis/lead-times").status()).isEqualTo(404);
    }

    @Test
    void similarCasesAreRankedWithTheSharedPropositions() {
        Http.Response r = http.get("/api/cases/georgia-2008/similar?asOf=2008-05-01");
        assertThat(r.status()).isEqualTo(200);
        JsonNode first = r.json().get(0);
        assertThat(first.get("caseId").asString()).startsWith("russia-west");
        assertThat(first.get("shared").toString()).contains("P20");
        assertThat(http.get("/api/cases/georgia-2008/similar").status()).isEqualTo(400);
        assertThat(http.get("/api/cases/georgia-2008/similar?asOf=yesterday").status()).isEqualTo(400);
    }
}
