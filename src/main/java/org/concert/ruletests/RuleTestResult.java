package org.concert.ruletests;

import org.concert.evaluation.Evaluation;

import java.util.List;
import java.util.Set;

/** What running one entry gave: the differences from what it expects (none when it passes), and the rules that fired. */
public record RuleTestResult(RuleTest test, List<String> failures, Set<String> firedRules, Evaluation evaluation) {

    public boolean passed() {
        return failures.isEmpty();
    }

    /** The failures, headed by the entry's location and name, for a test report. */
    public String report() {
        return test.location() + ": " + test.name() + "\n  " + String.join("\n  ", failures);
    }
}
