package org.concert.ruletests;

import org.concert.Fixtures;
import org.concert.casefile.CaseFile;
import org.concert.casefile.CaseLibrary;
import org.concert.casefile.Expectation;
import org.concert.evaluation.Evaluation;
import org.concert.session.Evaluator;
import org.concert.evaluation.IssuedWarning;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The regression guards each case file states (expectations written after the rules' answer on the case
 * was seen) hold for the repository's rules: one test per expectation, named by its claim, date and
 * reason, evaluated afresh at each date (the regression suite replays incrementally). Forecasts
 * (registered before the rules ran) are scored by {@code regress}, not enforced; withdrawn ones are not checked.
 */
class CaseExpectationsTest {

    private final Evaluator evaluator = new Evaluator();

    @TestFactory
    Stream<DynamicNode> everyCaseMeetsItsOwnExpectations() {
        return CaseLibrary.load(Fixtures.CASES).cases().stream().map(c -> DynamicContainer.dynamicContainer(c.id(),
                c.expectations().stream().filter(x -> !x.isWithdrawn() && !x.registeredBeforeRun())
                        .map(x -> DynamicTest.dynamicTest(x.claim() + " " + x.when() + ": " + x.reason(),
                        () -> check(c, x)))));
    }

    private void check(CaseFile c, Expectation x) {
        for (LocalDate day : days(x)) {
            Evaluation e = evaluator.evaluate(Fixtures.rules(), c, day);
            String where = c.id() + " as of " + day + ": " + x.claim();
            if (x.conclusion() != null) {
                assertThat(e.hasConclusion(x.conclusion())).as(where).isTrue();
            } else if (x.below() != null) {
                assertThat(e.warnings()).as(where).allSatisfy(w -> assertThat(w.level().atLeast(x.below())).as(w.title()).isFalse());
            } else if (x.expectsAbsence()) {
                assertThat(e.citing(x.cites())).as(where).extracting(IssuedWarning::title).isEmpty();
            } else {
                assertThat(e.citing(x.cites())).as(where)
                        .anySatisfy(w -> assertThat(x.atLeast() == null || w.level().atLeast(x.atLeast())).as(w.title() + " at " + w.level()).isTrue());
            }
        }
    }

    private static List<LocalDate> days(Expectation x) {
        if (!x.isRange()) return List.of(x.asOf());
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = x.from(); !d.isAfter(x.to()); d = d.plusMonths(1)) days.add(d);
        return days;
    }
}
