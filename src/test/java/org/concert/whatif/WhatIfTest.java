package org.concert.whatif;

import org.concert.Fixtures;
import org.concert.casefile.CaseError;
import org.concert.casefile.CaseFile;
import org.concert.casefile.CaseLoader;
import org.concert.casefile.InvalidCaseException;
import org.concert.session.Evaluator;
import org.concert.evaluation.FactRef;
import org.concert.evaluation.IssuedWarning;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What-ifs without HTTP: requests parsed, changes made to the JSON, errors traced back to the request. */
class WhatIfTest {

    static final String SOURCE = "\"source\": {\"author\": \"Analyst\", \"year\": 2024, \"title\": \"Counterfactual\"}";

    static BaseCase stored(String id) throws Exception {
        CaseFile c = Fixtures.loadCase(id);
        return BaseCase.stored(c, CaseLoader.mapper().readTree(Files.readString(Path.of("cases", id + ".json"))));
    }

    static WhatIfRequest request(String json) {
        return WhatIfRequest.parse(CaseLoader.mapper().readTree(json));
    }

    static InvalidCaseException rejected(BaseCase base, String requestJson) {
        try {
            CaseEdit.apply(base, request(requestJson).changes());
        } catch (InvalidCaseException e) {
            return e;
        }
        throw new AssertionError("accepted: " + requestJson);
    }

    @Test
    void removingTheBucharestPromiseRemovesTheRedLineWarning() throws Exception {
        WhatIfResult r = new WhatIf(new Evaluator()).run(stored("russia-west-1990-2022"),
                request("{\"caseId\": \"russia-west-1990-2022\", \"changes\": {\"remove\": [\"bucharest-2008\"]}}").changes(),
                LocalDate.parse("2008-04-04"), Fixtures.rules());
        assertThat(r.before()).anyMatch(w -> w.cites("P20"));
        assertThat(r.after()).noneMatch(w -> w.cites("P20"));
        assertThat(r.difference().vanished()).singleElement().satisfies(w -> assertThat(w.cites("P20")).isTrue());
    }

    @Test
    void factPathsAfterTheChangesPointIntoTheBaseCaseNotAtShiftedIndices() throws Exception {
        // Removing the first event shifts every later event down by one in the changed case.
        String first = Fixtures.loadCase("russia-west-1990-2022").events().get(0).id();
        WhatIfResult r = new WhatIf(new Evaluator()).run(stored("russia-west-1990-2022"),
                request("{\"caseId\": \"x\", \"changes\": {\"remove\": [\"" + first + "\"]}}").changes(),
                LocalDate.parse("2008-04-04"), Fixtures.rules());
        IssuedWarning before = r.before().stream().filter(w -> w.cites("P20")).findFirst().orElseThrow();
        IssuedWarning after = r.after().stream().filter(w -> w.cites("P20")).findFirst().orElseThrow();
        assertThat(after.justification().facts()).extracting(FactRef::path).contains("$.events[21]")
                .isEqualTo(before.justification().facts().stream().map(FactRef::path).toList());
    }

    @Test
    void aFactFromTheRequestIsCitedAtItsChange() throws Exception {
        String promise = """
                {"id": "again", "date": "2008-04-03", "kind": "membership-promised", "organisation": "NATO",
                 "parties": ["GEO", "UKR"], "title": "The promise, made again", %s}""".formatted(SOURCE);
        WhatIfResult r = new WhatIf(new Evaluator()).run(stored("russia-west-1990-2022"),
                request("{\"caseId\": \"x\", \"changes\": {\"remove\": [\"bucharest-2008\"], \"add\": [" + promise + "]}}").changes(),
                LocalDate.parse("2008-04-04"), Fixtures.rules());
        IssuedWarning after = r.after().stream().filter(w -> w.cites("P20")).findFirst().orElseThrow();
        assertThat(after.justification().facts()).extracting(FactRef::path).contains("$.changes.add[0]").doesNotContain("$.events[21]");
    }

    @Test
    void aRemovedFactIsGoneFromTheChangedCase() throws Exception {
        CaseFile changed = CaseEdit.apply(stored("russia-west-1990-2022"),
                request("{\"caseId\": \"x\", \"changes\": {\"remove\": [\"bucharest-2008\"]}}").changes()).caseFile();
        assertThat(changed.events()).noneMatch(e -> e.id().equals("bucharest-2008"));
        assertThat(changed.events()).hasSize(Fixtures.loadCase("russia-west-1990-2022").events().size() - 1);
    }

    @Test
    void anAddedFactGoesIntoEventsUnlessToldOtherwise() throws Exception {
        CaseFile changed = CaseEdit.apply(stored("vienna-1815"), request("""
                {"caseId": "x", "changes": {"add": [
                  {"id": "new-event", "date": "1820-01-01", "kind": "neutrality", "title": "t", "actor": "FRA", %s},
                  {"into": "actors", "id": "SUI", "name": "Switzerland", "region": "Europe", %s}]}}""".formatted(SOURCE, SOURCE)).changes())
                .caseFile();
        assertThat(changed.events()).anyMatch(e -> e.id().equals("new-event"));
        assertThat(changed.actors()).anyMatch(a -> a.id().equals("SUI"));
    }

    @Test
    void errorsInAddedFactsPointIntoTheRequest() throws Exception {
        InvalidCaseException e = rejected(stored("vienna-1815"), """
                {"caseId": "x", "changes": {"add": [
                  {"id": "ok", "date": "1820-01-01", "kind": "neutrality", "title": "t", "actor": "FRA", %s},
                  {"id": "bad", "date": "1820-02-30", "kind": "neutrality", "title": "t", "actor": "FRA", %s}]}}""".formatted(SOURCE, SOURCE));
        assertThat(e.errors()).extracting(CaseError::file, CaseError::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(WhatIfRequest.ORIGIN, "$.changes.add[1].date"));
    }

    @Test
    void aDuplicateIdNamesBothPlacesInTheRequestsTerms() throws Exception {
        InvalidCaseException e = rejected(stored("vienna-1815"), """
                {"caseId": "x", "changes": {"add": [
                  {"id": "FRA", "date": "1820-01-01", "kind": "neutrality", "title": "t", "actor": "FRA", %s}]}}""".formatted(SOURCE));
        assertThat(e.errors()).singleElement().satisfies(err -> {
            assertThat(err.path()).isEqualTo("$.changes.add[0].id");
            assertThat(err.message()).contains("first used at $.actors[").contains("of case vienna-1815");
        });
    }

    @Test
    void storedFactsKeepTheirPathsAfterAnEarlierFactIsRemoved() throws Exception {
        CaseFile vienna = Fixtures.loadCase("vienna-1815");
        String firstEvent = vienna.events().get(0).id();
        // Replace the last event with one that refers to an unknown actor; remove the first, so indices shift.
        tools.jackson.databind.node.ObjectNode broken = (tools.jackson.databind.node.ObjectNode)
                stored("vienna-1815").json().get("events").get(vienna.events().size() - 1).deepCopy();
        broken.put("target", "NOBODY");
        InvalidCaseException e = rejected(stored("vienna-1815"),
                "{\"caseId\": \"x\", \"changes\": {\"remove\": [\"" + firstEvent + "\"], \"change\": [" + broken + "]}}");
        assertThat(e.errors()).extracting(CaseError::path).contains("$.changes.change[0].target");
    }

    @Test
    void errorsInAnInlineCaseAreUnderCase() throws Exception {
        String broken = Files.readString(Path.of("cases/vienna-1815.json")).replace("\"1815-06-22\"", "\"1815-13-22\"");
        assertThatThrownBy(() -> BaseCase.inline(CaseLoader.mapper().readTree(broken)))
                .isInstanceOfSatisfying(InvalidCaseException.class, e ->
                        assertThat(e.errors()).extracting(CaseError::path).containsExactly("$.case.events[1].date"));
    }

    @Test
    void aRequestNeedsACaseAndChanges() {
        assertThatThrownBy(() -> request("{}")).isInstanceOfSatisfying(InvalidCaseException.class, e ->
                assertThat(e.errors()).extracting(CaseError::path).containsExactlyInAnyOrder("$.changes", "$"));
        assertThatThrownBy(() -> request("[]")).isInstanceOf(InvalidCaseException.class);
    }
}
