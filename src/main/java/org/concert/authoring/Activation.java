package org.concert.authoring;

import org.concert.rulebase.RuleProblem;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of a proposed rule change: accepted (and serving) or rejected, with the problems found
 * (validation, compilation) or the historical expectations and rule tests that would have failed. This is also the
 * audit record: who, when, what changed (a unified diff, cut short for a rejected change), the regression summary and
 * what the rules cost on a scaled case next to the serving ones. A {@code CHECK} is a dry run, audited too; it is
 * never accepted, and its problems say whether the file would pass.
 */
public record Activation(Instant at, String who, RuleChange.Action action, String file, boolean accepted,
                         String fromVersion, String toVersion, List<RuleProblem> problems, List<Failure> failures,
                         Regression regression, TrialReport.Cost cost, String diff, long millis) {

    /**
     * A historical expectation the changed rule base would break ({@code caseId} the case), or a rule test
     * ({@code caseId} {@value #RULE_TEST}, {@code expectation} the entry's location and name).
     */
    public record Failure(String caseId, String expectation, String detail) {
    }

    /** What a failure stands for when it is a rule test rather than a case's expectation. */
    public static final String RULE_TEST = "rule-test";

    /** How the changed rule base did on the case library and on the rule tests. */
    public record Regression(int cases, long expectations, long met, int ruleTests, int ruleTestsPassed) {
    }

    public String summary() {
        if (action == RuleChange.Action.CHECK) {
            return "CHECK " + file + ": " + (problems.isEmpty() ? "passes validation and compiles" : problems.size() + " problem(s): " + problems.get(0))
                    + "; nothing activated";
        }
        if (accepted) {
            return action + " " + (file == null ? "rules" : file) + " accepted: rule base " + fromVersion + " → " + toVersion
                    + (regression == null ? "" : ", " + regression.met() + "/" + regression.expectations() + " expectations met in "
                    + regression.cases() + " cases, " + regression.ruleTestsPassed() + "/" + regression.ruleTests() + " rule tests pass")
                    + " (" + millis + " ms)";
        }
        String why = !problems.isEmpty() ? problems.size() + " problem(s): " + problems.get(0)
                : failures.size() + " historical expectation(s) or rule test(s) would fail, first: " + failures.get(0).expectation();
        return action + " " + (file == null ? "rules" : file) + " rejected, " + why + "; still serving " + fromVersion;
    }
}
