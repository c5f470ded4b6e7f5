package org.concert.regression;

import org.concert.Fixtures;
import org.concert.casefile.CaseFile;
import org.concert.casefile.CaseLibrary;
import org.concert.session.EvaluationLimits;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every regression guard of every case in cases/ (an expectation written after the rules' answer was
 * seen), as one test each, named {@code case › as-of date › expectation}. A rule change that makes a
 * historical case answer differently fails here, naming the case, the date, what was expected, what was
 * found and the rules involved. Forecasts are scored, not enforced: a test checks that regress reports them
 * apart, each with a verdict.
 */
class RegressionSuiteTest {

    @TestFactory
    Stream<DynamicNode> everyExpectationOfEveryCaseHolds() {
        RegressionSuite suite = new RegressionSuite(Fixtures.rules(), EvaluationLimits.DEFAULT);
        return CaseLibrary.load(Fixtures.CASES).cases().stream().map(c -> DynamicContainer.dynamicContainer(c.id(),
                java.net.URI.create("file:" + c.file()), expectations(suite, c)));
    }

    private static Stream<DynamicNode> expectations(RegressionSuite suite, CaseFile c) {
        CaseReport report = suite.run(c);
        return report.guards().stream().map(r -> DynamicTest.dynamicTest(r.name(), () ->
                assertThat(r.passed())
                        .withFailMessage("%s%n  %s%n  rules involved: %s", r.name(), r.detail(), String.join("; ", r.rules()))
                        .isTrue()));
    }

    @Test
    void forecastsAndWithdrawnExpectationsAreReportedApartFromTheGuards() {
        RegressionSuite suite = new RegressionSuite(Fixtures.rules(), EvaluationLimits.DEFAULT);
        CaseReport russia = suite.run(CaseLibrary.load(Fixtures.CASES).find("russia-west-1990-2022").orElseThrow());
        assertThat(russia.forecasts()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.expectation().registered().isAfterRun()).isFalse();
            assertThat(r.detail()).matches(d -> d.startsWith("met: held from ") || d.startsWith("not met in ") || d.startsWith("met"));
        });
        assertThat(russia.forecasts()).filteredOn(r -> r.expectation().isForecast())
                .allSatisfy(r -> assertThat(r.detail()).containsAnyOf("held from", "not met in"));
        assertThat(russia.withdrawn()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo("withdrawn");
            assertThat(r.detail()).contains("bluff-2008");
        });
        assertThat(russia.guards()).noneMatch(r -> r.withdrawn() || r.isForecast());
        assertThat(russia.checked()).isEqualTo(russia.expectations().size() - 1);
    }
}
