package org.concert.ruletests;

import org.concert.Fixtures;
import org.concert.rulebase.RuleInfo;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.fail;

/** The rule tests written as data beside the rules (rules/tests/*.yaml): one dynamic test per entry, named by its sentence. */
class RuleTestsTest {

    static final Path TESTS = Fixtures.RULES.resolve("tests");

    @TestFactory
    Stream<DynamicNode> everyRuleTestPasses() {
        // As the CLI and the gate run them: the whole suite, so that a vacuous absent claim fails too.
        Map<String, List<RuleTestResult>> byFile = new LinkedHashMap<>();
        for (RuleTestResult r : new RuleTestRunner(Fixtures.rules()).runSuite(RuleTests.load(TESTS))) {
            byFile.computeIfAbsent(r.test().file(), f -> new ArrayList<>()).add(r);
        }
        return byFile.entrySet().stream().map(file -> DynamicContainer.dynamicContainer(file.getKey(),
                file.getValue().stream().map(result -> DynamicTest.dynamicTest(result.test().name(), () -> {
                    if (!result.passed()) fail(result.report());
                }))));
    }

    @Test
    void everyRuleHasAnEntryWhereItFiresAndANearMissWhereItMustNot() {
        List<RuleTest> tests = RuleTests.load(TESTS);
        List<String> missing = new ArrayList<>();
        for (RuleInfo rule : Fixtures.rules().rules()) {
            if (tests.stream().noneMatch(t -> rule.name().equals(t.rule()) && !t.nearMiss())) {
                missing.add(rule.file() + ":" + rule.line() + ": rule \"" + rule.name() + "\" has no rule test where it fires");
            }
            if (tests.stream().noneMatch(t -> rule.name().equals(t.rule()) && t.nearMiss())) {
                missing.add(rule.file() + ":" + rule.line() + ": rule \"" + rule.name() + "\" has no near-miss rule test (nearMiss: true)");
            }
        }
        assertThat(missing).as("add entries to rules/tests/*.yaml").isEmpty();
    }

    @Test
    void everyEntryNamesARuleThatExists() {
        for (RuleTest t : RuleTests.load(TESTS)) {
            if (t.rule() != null) assertThat(Fixtures.rules().rule(t.rule())).as(t.location() + ": " + t.rule()).isPresent();
        }
    }

    @Test
    void aNearMissWhereTheRuleFiresFailsNamingTheRule(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("t.yaml"), """
                tests:
                  - name: Russia after the Cold War is excluded
                    rule: A great power left outside an alliance that outlived its adversary is excluded
                    nearMiss: true
                    asOf: 1995-01-01
                    facts:
                      actors: [{id: RUS, greatPower: true}]
                      organisations:
                        - {id: NATO, kind: alliance, adversary: WTO}
                        - {id: WTO, kind: alliance, founded: 1955-05-14, dissolved: 1991-07-01}
                    expect:
                      warnings: [{cites: P20}]
                """);
        RuleTestResult result = new RuleTestRunner(Fixtures.rules()).run(RuleTests.load(dir).get(0));
        assertThat(result.passed()).isFalse();
        assertThat(result.failures()).anySatisfy(f -> assertThat(f)
                .isEqualTo("a near miss, yet the rule \"A great power left outside an alliance that outlived its adversary is excluded\" fired"));
        assertThat(result.failures()).anySatisfy(f -> assertThat(f).startsWith("expected a warning {\"cites\":\"P20\"}; found "));
    }

    @Test
    void factsThatAreNoValidCaseFailWithTheCaseError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("t.yaml"), """
                tests:
                  - name: An event about an unknown actor
                    asOf: 1995-01-01
                    facts:
                      events: [{kind: power-collapse, date: 1991-12-26, actor: XXX}]
                    absent:
                      warnings: [{cites: P5}]
                """);
        RuleTestResult result = new RuleTestRunner(Fixtures.rules()).run(RuleTests.load(dir).get(0));
        assertThat(result.failures()).containsExactly("the facts are not a valid case: $.events[0].actor: unknown actor or organisation id \"XXX\"");
    }

    @Test
    void aMisspelledKeyOrAnUnknownFixtureIsRefusedWithItsLocation(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("t.yaml"), """
                tests:
                  - name: A typo
                    asOf: 1995-01-01
                    given: no-such-fixture
                    expcet:
                      warnings: [{cites: P5}]
                """);
        RuleTestException e = catchThrowableOfType(RuleTestException.class, () -> RuleTests.load(dir));
        assertThat(e.problems()).contains(
                dir.resolve("t.yaml").toString().replace('\\', '/') + ": tests[0] (A typo): unknown key 'expcet' (expected one of [absent, asOf, expect, facts, given, name, nearMiss, rule])",
                dir.resolve("t.yaml").toString().replace('\\', '/') + ": tests[0] (A typo).given: no fixture named \"no-such-fixture\"");
    }
}
