package org.concert.session;

import org.concert.evaluation.Evaluation;
import org.concert.evaluation.FactRef;
import org.concert.evaluation.IssuedWarning;
import org.concert.evaluation.Justification;

import org.concert.Fixtures;
import org.concert.casefile.CaseFact;
import org.concert.casefile.CaseFile;
import org.concert.casefile.CaseLoader;
import org.concert.casefile.Level;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluationTest {

    private final Evaluator evaluator = new Evaluator();

    private Evaluation evaluate(String caseId, String date) {
        return evaluator.evaluate(Fixtures.rules(), Fixtures.loadCase(caseId), LocalDate.parse(date));
    }

    @Test
    void atBucharestRussiaWestWarnsCitingP20AtHighOrAboveDownToTheSourcedFacts() {
        Evaluation e = evaluate("russia-west-1990-2022", "2008-04-04");
        IssuedWarning p20 = e.citing("P20").stream().findFirst().orElseThrow();
        assertThat(p20.level()).isIn(Level.HIGH, Level.CRITICAL);
        List<FactRef> facts = new ArrayList<>();
        collect(p20.justification(), facts);
        CaseFile c = Fixtures.loadCase("russia-west-1990-2022");
        assertThat(facts).extracting(FactRef::path).contains(
                path(c, "bucharest-2008"), path(c, "nyet-2008"), path(c, "putin-feb-2008"), path(c, "invasion-1941"));
        assertThat(facts).allSatisfy(f -> assertThat(f.source()).as(f.path()).isNotNull());
        assertThat(p20.justification().proposition()).isEqualTo("P20");
        assertThat(p20.justification().section()).isEqualTo("3");
    }

    @Test
    void beforeTheColdWarEndsNothingCitesP17OrP20() {
        Evaluation e = evaluate("russia-west-1990-2022", "1990-01-01");
        assertThat(e.citing("P17")).isEmpty();
        assertThat(e.citing("P20")).isEmpty();
    }

    @Test
    void versaillesWarnsOfGrievanceCitingP9() {
        Evaluation e = evaluate("versailles-1919", "1920-06-30");
        assertThat(e.citing("P9")).isNotEmpty();
    }

    @Test
    void viennaIncludesFranceAndHasNoP9Warning() {
        Evaluation e = evaluate("vienna-1815", "1815-12-31");
        assertThat(e.citing("P9")).isEmpty();
        assertThat(e.hasConclusion("included-loser")).isTrue();
    }

    @Test
    void aLevelChangeShowsWhyAWarningHasItsLevel() {
        IssuedWarning grievance = evaluate("versailles-1919", "1927-06-30").citing("P9").get(0);
        assertThat(grievance.baseLevel()).isEqualTo(Level.HIGH);
        assertThat(grievance.level()).isEqualTo(Level.ELEVATED);
        assertThat(grievance.levelSteps()).singleElement().satisfies(s -> {
            assertThat(s.steps()).isEqualTo(-1);
            assertThat(s.justification().proposition()).isEqualTo("P8");
        });
    }

    @Test
    void theRulesSeeOnlyCaseFactsKnownOnTheDateAndNeverOutcomesOrExpectations() {
        CaseFile c = Fixtures.loadCase("russia-west-1990-2022");
        LocalDate day = LocalDate.of(2008, 4, 4);
        try (CaseSession session = new CaseSession(Fixtures.rules(), c, EvaluationLimits.DEFAULT).startAt(day)) {
            List<CaseFact> seen = session.facts();
            assertThat(seen).isNotEmpty().allSatisfy(f -> {
                assertThat(f).isNotInstanceOf(org.concert.casefile.Outcome.class).isNotInstanceOf(org.concert.casefile.Expectation.class);
                assertThat(f.date() == null || !f.date().isAfter(day)).as(f.path()).isTrue();
            });
            assertThat(seen).extracting(CaseFact::path).noneMatch(p -> p.startsWith("$.outcomes") || p.startsWith("$.expectations"));
        }
    }

    @Test
    void changingOutcomesAndExpectationsChangesNothingTheRulesConclude() throws Exception {
        ObjectNode tree = (ObjectNode) CaseLoader.mapper().readTree(Files.readString(Path.of("cases/russia-west-1990-2022.json")));
        ObjectNode outcome = (ObjectNode) tree.withArray("outcomes").get(0);
        outcome.put("date", "1995-01-01");
        outcome.put("expectedLevel", "CRITICAL");
        tree.withArray("expectations").removeAll();
        CaseFile altered = CaseLoader.parse(tree.toString(), "altered");
        CaseFile original = Fixtures.loadCase("russia-west-1990-2022");
        for (String date : List.of("1995-06-01", "2008-04-04", "2014-03-01")) {
            Evaluation a = evaluator.evaluate(Fixtures.rules(), original, LocalDate.parse(date));
            Evaluation b = evaluator.evaluate(Fixtures.rules(), altered, LocalDate.parse(date));
            assertThat(json(b)).isEqualTo(json(a));
        }
    }

    @Test
    void theSameCaseRulesAndDateGiveByteIdenticalOutput() {
        String first = json(evaluate("russia-west-1990-2022", "2022-02-23"));
        for (int i = 0; i < 3; i++) assertThat(json(evaluate("russia-west-1990-2022", "2022-02-23"))).isEqualTo(first);
    }

    @Test
    void warningsComeHighestFirst() {
        List<IssuedWarning> warnings = evaluate("russia-west-1990-2022", "2008-04-04").warnings();
        for (int i = 1; i < warnings.size(); i++) {
            assertThat(warnings.get(i - 1).level().compareTo(warnings.get(i).level())).isGreaterThanOrEqualTo(0);
        }
    }

    private static String json(Evaluation e) {
        return JsonMapper.builder().build().writeValueAsString(e);
    }

    private static void collect(Justification j, List<FactRef> into) {
        into.addAll(j.facts());
        j.because().forEach(b -> collect(b, into));
    }

    private static String path(CaseFile c, String eventId) {
        return c.events().stream().filter(e -> e.id().equals(eventId)).findFirst().orElseThrow().path();
    }
}
