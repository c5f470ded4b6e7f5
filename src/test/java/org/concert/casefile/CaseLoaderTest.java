package org.concert.casefile;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseLoaderTest {

    private static final Path RUSSIA = Path.of("cases/russia-west-1990-2022.json");

    private static ObjectNode russia() throws Exception {
        return (ObjectNode) CaseLoader.mapper().readTree(Files.readString(RUSSIA));
    }

    private static InvalidCaseException rejection(JsonNode tree) {
        return (InvalidCaseException) org.assertj.core.api.Assertions.catchThrowable(
                () -> CaseLoader.parse(tree.toString(), "cases/x.json"));
    }

    @Test
    void everyCaseInTheRepositoryLoads() throws Exception {
        try (var files = Files.list(Path.of("cases"))) {
            files.filter(f -> f.toString().endsWith(".json") && !f.getFileName().toString().equals("case.schema.json"))
                    .forEach(f -> assertThat(CaseLoader.load(f).events()).as(f.toString()).isNotEmpty());
        }
    }

    @Test
    void aFactWithoutASourceIsRejectedNamingFilePathAndReason() throws Exception {
        ObjectNode c = russia();
        ((ObjectNode) c.withArray("events").get(3)).remove("source");
        InvalidCaseException e = rejection(c);
        assertThat(e.errors()).extracting(CaseError::toString)
                .contains("cases/x.json: $.events[3]: fact has no source: every fact needs one (author, year, and title or url)");
    }

    @Test
    void aSourceNeedsATitleOrAUrl() throws Exception {
        ObjectNode c = russia();
        ObjectNode source = (ObjectNode) c.withArray("actors").get(1).get("source");
        source.remove("title");
        source.remove("url");
        assertThat(rejection(c).getMessage()).contains("cases/x.json: $.actors[1].source");
    }

    @Test
    void aMalformedDateIsNamedWithItsPath() throws Exception {
        ObjectNode c = russia();
        ((ObjectNode) c.withArray("events").get(3)).put("date", "2008-13-01");
        assertThat(rejection(c).errors()).extracting(CaseError::toString)
                .contains("cases/x.json: $.events[3].date: \"2008-13-01\" is not a date (YYYY-MM-DD)");
    }

    @Test
    void anUnknownActorIdIsNamedWithItsPath() throws Exception {
        ObjectNode c = russia();
        ((ObjectNode) c.withArray("events").get(4)).put("target", "ATLANTIS");
        assertThat(rejection(c).errors()).extracting(CaseError::toString)
                .containsExactly("cases/x.json: $.events[4].target: unknown actor or organisation id \"ATLANTIS\"");
    }

    @Test
    void aDuplicateIdIsRejected() throws Exception {
        ObjectNode c = russia();
        ((ObjectNode) c.withArray("events").get(5)).put("id", c.withArray("events").get(4).get("id").asString());
        assertThat(rejection(c).getMessage()).contains("$.events[5].id: duplicate id");
    }

    @Test
    void aMembershipThatEndsBeforeItStartsIsRejected() throws Exception {
        ObjectNode c = russia();
        ((ObjectNode) c.withArray("memberships").get(0)).put("to", "1900-01-01");
        assertThat(rejection(c).getMessage()).contains("$.memberships[0].to: membership ends before it starts");
    }

    @Test
    void anEnlargementMustMatchTheMembershipsItCreates() throws Exception {
        ObjectNode c = russia();
        ArrayNode events = c.withArray("events");
        for (JsonNode e : events) {
            if (e.get("id").asString().equals("nato-1999")) ((ArrayNode) e.get("parties")).add("UKR");
        }
        assertThat(rejection(c).getMessage()).contains("enlargement admits \"UKR\" but no full membership of NATO starts on 1999-03-12");
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        assertThatThrownBy(() -> CaseLoader.parse("{\n  \"id\": \"x\",,\n}", "cases/x.json"))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessageStartingWith("cases/x.json: $: malformed JSON at line 2, column");
    }

    @Test
    void aRedLineAboutAClassOfMovesLoadsWithTheKindOfActItIsAbout() throws Exception {
        ObjectNode c = russia();
        ObjectNode line = c.withArray("events").addObject();
        line.put("id", "no-bases").put("date", "2008-02-12").put("kind", "red-line-drawn")
                .put("title", "No foreign bases in Ukraine").put("actor", "RUS").put("target", "UKR").put("move", "military-deployment");
        line.set("source", c.withArray("events").get(0).get("source"));
        CaseFile loaded = CaseLoader.parse(c.toString(), "cases/x.json");
        Event e = loaded.events().stream().filter(x -> x.id().equals("no-bases")).findFirst().orElseThrow();
        assertThat(e.kind()).isEqualTo(EventKind.RED_LINE_DRAWN);
        assertThat(e.move()).isEqualTo(EventKind.MILITARY_DEPLOYMENT);
    }

    @Test
    void aRedLineWithoutTheMoveItIsAboutIsRejected() throws Exception {
        ObjectNode c = russia();
        ObjectNode line = c.withArray("events").addObject();
        line.put("id", "no-bases").put("date", "2008-02-12").put("kind", "red-line-drawn")
                .put("title", "No foreign bases in Ukraine").put("actor", "RUS").put("target", "UKR");
        line.set("source", c.withArray("events").get(0).get("source"));
        assertThat(rejection(c).getMessage()).contains("$.events[" + (c.withArray("events").size() - 1) + "]").contains("move");
    }

    @Test
    void anUnknownPropertyIsRejected() throws Exception {
        ObjectNode c = russia();
        ((ObjectNode) c.withArray("events").get(0)).put("warning", "HIGH");
        assertThat(rejection(c).getMessage()).contains("$.events[0]: unknown property 'warning'");
    }

    @Test
    void aFactDatedAfterTheAsOfDateIsNotKnownThen() {
        CaseFile c = CaseLoader.load(RUSSIA);
        LocalDate eve = LocalDate.of(2008, 4, 2);
        assertThat(c.factsAsOf(eve)).extracting(CaseFact::path).doesNotContain(pathOf(c, "bucharest-2008"));
        assertThat(c.factsAsOf(eve.plusDays(1))).extracting(CaseFact::path).contains(pathOf(c, "bucharest-2008"));
        assertThat(c.factsAsOf(eve)).allSatisfy(f -> assertThat(f.date() == null || !f.date().isAfter(eve)).isTrue());
    }

    @Test
    void aDissolutionIsUnknownBeforeItHappens() {
        CaseFile c = CaseLoader.load(RUSSIA);
        Organisation wto = c.factsAsOf(LocalDate.of(1991, 6, 30)).stream()
                .filter(f -> f instanceof Organisation o && o.id().equals("WTO")).map(Organisation.class::cast).findFirst().orElseThrow();
        assertThat(wto.dissolved()).isNull();
    }

    private static String pathOf(CaseFile c, String eventId) {
        return c.events().stream().filter(e -> e.id().equals(eventId)).findFirst().orElseThrow().path();
    }

    @Test
    void aNumberTooLargeToCheckIsAnErrorAtItsPathNotACrash() throws Exception {
        ObjectNode c = russia();
        ((ObjectNode) c.withArray("events").get(0)).put("year", 1.7976931348623157E308);
        assertThat(rejection(c).errors()).extracting(CaseError::toString)
                .containsExactly("cases/x.json: $.events[0].year: number 1.7976931348623157E308 is out of range");
    }
}
