package org.concert.cli;

import org.concert.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concert.cli.ConcertCliTest.run;

class RulesTestCommandTest {

    @Test
    void theShippedRuleTestsPassOnTheShippedRules() {
        ConcertCliTest.Run r = run("rules", "test");
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).containsPattern("(\\d+) of \\1 rule tests pass \\(rules/tests\\)");
    }

    @Test
    void oneFileRunsAloneWithTheDirectorysFixtures() {
        ConcertCliTest.Run r = run("rules", "test", "rules/tests/buffer-states.yaml");
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("11 of 11 rule tests pass");
    }

    @Test
    void aRuleThatNoLongerDoesWhatItsTestsSayFailsWithTheEntryAndExits1(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("rules");
        Fixtures.copy(Fixtures.RULES, rules);
        Path file = rules.resolve("warnings/junctures.drl");
        Files.writeString(file, Files.readString(file).replace("warn(HIGH, new PostWarGrievance($loser));", "warn(NOTICE, new PostWarGrievance($loser));"));
        ConcertCliTest.Run r = run("rules", "test", "--rules", rules.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("FAIL ").contains("junctures.yaml: tests[").containsPattern("\\d+ fail");
    }

    @Test
    void aMisspelledClaimIsAFailureNotAPass(@TempDir Path dir) throws Exception {
        Path tests = dir.resolve("tests");
        Files.createDirectories(tests);
        Files.copy(Fixtures.RULES.resolve("tests/fixtures.yaml"), tests.resolve("fixtures.yaml"));
        Files.writeString(tests.resolve("t.yaml"), """
                tests:
                  - name: Russia inside NATO is no excluded great power
                    given: cold-war-over
                    asOf: 1995-01-01
                    facts:
                      memberships:
                        - {actor: RUS, organisation: NATO, from: 1992-01-01}
                    absent:
                      conclusions: [{kind: excluded-great-powr}]
                """);
        ConcertCliTest.Run r = run("rules", "test", "--tests", tests.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("absent.conclusions[0].kind: \"excluded-great-powr\" is not a conclusion kind");
    }

    @Test
    void testsThatDoNotLoadExit2WithTheirProblems(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("t.yaml"), "tests:\n  - name: A typo\n    asOf: 2000-01-01\n    expcet: {}\n");
        ConcertCliTest.Run r = run("rules", "test", "--tests", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown key 'expcet'");
    }
}
