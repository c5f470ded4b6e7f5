package org.concert.casefile;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A fact counts from the day it became known from the case's perspective, not from the day it happened. */
class KnownFromTest {

    private static final Path GEORGIA = Path.of("cases/georgia-2008.json");

    @Test
    void theGeorgianDroneCountsAsRussianAggressionOnlyFromTheUnAttributionOf26May2008() {
        CaseFile c = CaseLoader.load(GEORGIA);
        Event drone = c.events().stream().filter(e -> e.id().equals("drone-2008")).findFirst().orElseThrow();
        assertThat(drone.date()).isEqualTo(LocalDate.of(2008, 4, 20));
        assertThat(drone.known()).isEqualTo(LocalDate.of(2008, 5, 26));
        assertThat(c.factsAsOf(LocalDate.of(2008, 5, 25))).extracting(CaseFact::path).doesNotContain(drone.path());
        assertThat(c.factsAsOf(LocalDate.of(2008, 5, 26))).extracting(CaseFact::path).contains(drone.path());
        assertThat(c.changes()).filteredOn(ch -> ch.key().equals(drone.path())).singleElement()
                .extracting(FactChange::date).isEqualTo(LocalDate.of(2008, 5, 26));
        assertThat(drone.summary()).endsWith("(known from 2008-05-26)");
    }

    @Test
    void withoutKnownFromAFactCountsFromItsDate() throws Exception {
        ObjectNode tree = (ObjectNode) CaseLoader.mapper().readTree(Files.readString(GEORGIA));
        tree.withArray("events").forEach(e -> { if (e.get("id").asString().equals("drone-2008")) ((ObjectNode) e).remove("knownFrom"); });
        CaseFile c = CaseLoader.fromTree(tree, "georgia");
        assertThat(c.factsAsOf(LocalDate.of(2008, 4, 20))).extracting(CaseFact::summary).anyMatch(s -> s.contains("reconnaissance drone"));
    }

    @Test
    void aFactCannotBeKnownBeforeItHappened() throws Exception {
        ObjectNode tree = (ObjectNode) CaseLoader.mapper().readTree(Files.readString(GEORGIA));
        tree.withArray("events").forEach(e -> { if (e.get("id").asString().equals("drone-2008")) ((ObjectNode) e).put("knownFrom", "2008-04-19"); });
        InvalidCaseException e = catchThrowableOfType(InvalidCaseException.class, () -> CaseLoader.fromTree(tree, "cases/georgia-2008.json"));
        assertThat(e.getMessage()).contains("cases/georgia-2008.json: $.events[").contains(".knownFrom: known from 2008-04-19, before it happened (2008-04-20)");
    }

    @Test
    void aMembershipKnownOnlyAfterItEndedIsNeverSeen() throws Exception {
        ObjectNode tree = (ObjectNode) CaseLoader.mapper().readTree(Files.readString(Path.of("cases/russia-west-1990-2022.json")));
        tree.withArray("memberships").forEach(m -> { if (m.get("id").asString().equals("wto-rus")) ((ObjectNode) m).put("knownFrom", "1991-07-01"); });
        CaseFile c = CaseLoader.fromTree(tree, "russia");
        assertThat(c.changes()).noneMatch(ch -> ch.key().equals(c.memberships().stream()
                .filter(m -> m.id().equals("wto-rus")).findFirst().orElseThrow().path()));
    }
}
