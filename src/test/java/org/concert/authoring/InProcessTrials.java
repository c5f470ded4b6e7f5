package org.concert.authoring;

import org.concert.casefile.CaseFile;
import org.concert.rulebase.RuleFiles;
import org.concert.session.EvaluationLimits;

import java.util.List;
import java.util.Map;

/**
 * Trials run in the test's own JVM: for tests of what the gate decides, where starting sandboxed children would only
 * make them slower. The sandbox itself is tested where it matters ({@code SandboxedAuthoringTest}). The cost is not
 * measured here (no scaled case).
 */
public final class InProcessTrials implements TrialRunner {

    private final Trial trial;

    public InProcessTrials(List<CaseFile> cases, EvaluationLimits limits) {
        this.trial = new Trial(cases, limits, 0, List.of());
    }

    @Override
    public TrialReport check(RuleFiles files) {
        return trial.check(files);
    }

    @Override
    public TrialReport gate(RuleFiles candidate, RuleFiles serving, Map<String, String> ruleTests) {
        return trial.gate(candidate, serving, ruleTests);
    }
}
