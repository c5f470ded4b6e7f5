package org.concert.authoring;

import org.concert.rulebase.RuleProblem;

import java.util.List;
import java.util.Map;

/**
 * What trying a rule base found: its compile problems; or, for the gate, the historical expectations and rule tests it
 * would break, how it did on them, and what it costs on a scaled case next to the serving rules. {@code millis} times
 * each step of the trial.
 */
public record TrialReport(List<RuleProblem> problems, List<Activation.Failure> failures, Activation.Regression regression,
                          Cost cost, Map<String, Long> millis) {

    public TrialReport {
        problems = problems == null ? List.of() : List.copyOf(problems);
        failures = failures == null ? List.of() : List.copyOf(failures);
        millis = millis == null ? Map.of() : Map.copyOf(millis);
    }

    static TrialReport problems(List<RuleProblem> problems, Map<String, Long> millis) {
        return new TrialReport(problems, List.of(), null, null, millis);
    }

    /**
     * One evaluation of {@code copies} copies of a case ({@code facts} facts in all) by the serving rules and by the
     * candidate: the bytes each allocated and the CPU time each took (the least of a few runs).
     */
    public record Cost(String caseId, int copies, int facts, long servingBytes, long candidateBytes,
                       long servingCpuMicros, long candidateCpuMicros) {

        /** How many times what the serving rules cost, by memory allocated. */
        public double memoryRatio() {
            return servingBytes <= 0 ? 1 : (double) candidateBytes / servingBytes;
        }

        /** How many times what the serving rules cost, by CPU time. */
        public double cpuRatio() {
            return servingCpuMicros <= 0 ? 1 : (double) candidateCpuMicros / servingCpuMicros;
        }
    }
}
