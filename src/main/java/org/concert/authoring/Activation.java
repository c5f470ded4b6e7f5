package org.concert.authoring;

import org.concert.engine.RuleProblem;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of a proposed rule change: accepted (and serving) or rejected, with the problems found
 * (validation, compilation) or the historical expectations that would have failed. This is also the
 * audit record: who, when, what changed (a unified diff), and the regression summary.
 */
public record Activation(Instant at, String who, RuleChange.Action action, String file, boolean accepted,
                         String fromVersion, String toVersion, List<RuleProblem> problems, List<Failure> failures,
                         Regression regression, String diff, long millis) {

    /** A historical expectation the changed rule base would break. */
    public record Failure(String caseId, String expectation, String detail) {
    }

    /** How the changed rule base did on the case library. */
    public record Regression(int cases, long expectations, long met) {
    }

    public String summary() {
        if (accepted) {
            return action + " " + (file == null ? "rules" : file) + " accepted: rule base " + fromVersion + " → " + toVersion
                    + (regression == null ? "" : ", " + regression.met() + "/" + regression.expectations() + " expectations met in "
                    + regression.cases() + " cases") + " (" + millis + " ms)";
        }
        String why = !problems.isEmpty() ? problems.size() + " problem(s): " + problems.get(0)
                : failures.size() + " historical expectation(s) would fail, first: " + failures.get(0).expectation();
        return action + " " + (file == null ? "rules" : file) + " rejected, " + why + "; still serving " + fromVersion;
    }
}
