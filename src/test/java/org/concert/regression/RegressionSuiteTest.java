package org.concert.regression;

import org.concert.Fixtures;
import org.concert.casefile.CaseFile;
import org.concert.casefile.CaseLibrary;
import org.concert.session.EvaluationLimits;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every expectation of every case in cases/, as one test each, named {@code case › as-of date › expectation}.
 * A rule change that makes a historical case answer differently fails here, naming the case, the date,
 * what was expected, what was found and the rules involved.
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
        return report.expectations().stream().map(r -> DynamicTest.dynamicTest(r.name(), () ->
                assertThat(r.passed())
                        .withFailMessage("%s%n  %s%n  rules involved: %s", r.name(), r.detail(), String.join("; ", r.rules()))
                        .isTrue()));
    }
}
