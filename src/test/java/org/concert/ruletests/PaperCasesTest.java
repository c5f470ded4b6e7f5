package org.concert.ruletests;

import org.concert.Fixtures;
import org.concert.evaluation.Evaluation;
import org.concert.session.Evaluator;
import org.concert.evaluation.EvidenceItem;
import org.concert.evaluation.ExplanationAssessment;
import org.concert.evaluation.FactRef;
import org.concert.evaluation.Justification;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the paper's own cases must show about its competing explanations (§1) and its remedy (§4, P23). */
class PaperCasesTest {

    private final Evaluator evaluator = new Evaluator();

    private Evaluation evaluate(String caseId, String date) {
        return evaluator.evaluate(Fixtures.rules(), Fixtures.loadCase(caseId), LocalDate.parse(date));
    }

    @Test
    void onTheEveOfTheInvasionSecurityReactionRanksAboveRegimeInsecurityAboveExpansionism() {
        List<ExplanationAssessment> russia = evaluate("russia-west-1990-2022", "2022-02-23").assessments().stream()
                .filter(a -> a.actor().equals("RUS")).toList();
        assertThat(russia).extracting(ExplanationAssessment::explanation).containsExactly("P3", "P2", "P1");
        assertThat(russia).extracting(ExplanationAssessment::title).containsExactly("Security reaction", "Regime insecurity", "Expansionism");
        assertThat(russia.get(0).strength()).isGreaterThan(russia.get(1).strength());
        assertThat(russia.get(1).strength()).isGreaterThan(russia.get(2).strength());
        for (ExplanationAssessment a : russia) {
            assertThat(a.supporting()).as(a.explanation() + " for").isNotEmpty();
            assertThat(a.opposing()).as(a.explanation() + " against").isNotEmpty();
            assertThat(a.strength()).isEqualTo(a.supporting().stream().mapToInt(EvidenceItem::weight).sum()
                    - a.opposing().stream().mapToInt(EvidenceItem::weight).sum());
            for (EvidenceItem item : concat(a.supporting(), a.opposing())) {
                List<FactRef> facts = facts(item.justification());
                assertThat(facts).as(item.statement()).isNotEmpty()
                        .allSatisfy(f -> assertThat(f.source()).as(f.path()).isNotNull());
                assertThat(facts).as(item.statement()).allSatisfy(f ->
                        assertThat(f.date() == null || !f.date().isAfter(LocalDate.of(2022, 2, 23))).as(f.path()).isTrue());
            }
        }
    }

    @Test
    void theCapabilityCheckComparesSipriFiguresOfOneYearAndWeighsAgainstExpansionism() {
        ExplanationAssessment p1 = evaluate("russia-west-1990-2022", "2022-02-23").assessments().stream()
                .filter(a -> a.explanation().equals("P1")).findFirst().orElseThrow();
        EvidenceItem capability = p1.opposing().stream().filter(i -> i.justification().proposition().equals("P29")).findFirst().orElseThrow();
        assertThat(capability.statement()).startsWith("In 2020 Russia spent 61.7 bn US$ on defence, 0.07 of the 942.7 bn US$ of 4 members of NATO");
        assertThat(facts(capability.justification())).filteredOn(f -> f.summary().startsWith("defence-spending"))
                .hasSize(5).allSatisfy(f -> assertThat(f.source().title()).isEqualTo("Trends in World Military Expenditure, 2020"));
    }

    @Test
    void putinsPeterTheGreatRemarkCountsOnlyOnceItWasMade() {
        assertThat(statements(evaluate("russia-west-1990-2022", "2022-02-23"), "P1")).noneMatch(s -> s.contains("Peter the Great"));
        assertThat(statements(evaluate("russia-west-1990-2022", "2022-06-10"), "P1")).anyMatch(s -> s.contains("Peter the Great"));
    }

    @Test
    void aNeutralUkraineWithBindingGuaranteesFromBothSidesDefusesBucharestWhileTheBudapestAssurancesDoNot() {
        Evaluation neutral = evaluate("russia-west-ukraine-neutral-2005", "2008-04-04");
        Evaluation budapest = evaluate("russia-west-budapest-only", "2008-04-04");
        assertThat(neutral.citing("P20")).isEmpty();
        assertThat(neutral.hasConclusion("guaranteed-neutral")).isTrue();
        assertThat(budapest.citing("P20")).isNotEmpty();
        assertThat(budapest.hasConclusion("guaranteed-neutral")).isFalse();
        assertThat(evaluate("russia-west-1990-2022", "2008-04-04").citing("P20")).isNotEmpty();
    }

    private static List<String> statements(Evaluation e, String explanation) {
        List<String> all = new ArrayList<>();
        e.assessments().stream().filter(a -> a.explanation().equals(explanation))
                .forEach(a -> concat(a.supporting(), a.opposing()).forEach(i -> all.add(i.statement())));
        return all;
    }

    private static List<EvidenceItem> concat(List<EvidenceItem> a, List<EvidenceItem> b) {
        List<EvidenceItem> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static List<FactRef> facts(Justification j) {
        List<FactRef> all = new ArrayList<>(j.facts());
        j.because().forEach(b -> all.addAll(facts(b)));
        return all;
    }
}
