package org.concert.authoring;

import org.concert.rulebase.RuleFiles;
import org.concert.rulebase.RuleProblem;
import org.concert.sandbox.ChildChannel;
import org.concert.sandbox.SandboxWorker;
import org.concert.session.EvaluationLimits;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The sandboxed child that tries rules ({@link Trial}), used once: it is told the serving rules, the historical cases
 * and the limits, compiles the serving rules (which warms it up, and is the server's start-up check) and says it is
 * ready; then it is given one job, answers it and ends. A child that ran one candidate's code never sees another's.
 */
public final class TrialWorker implements SandboxWorker {

    /** What every trial of this child shares. {@code serving} may be empty (a check needs no serving rules). */
    public record Warmup(Map<String, String> serving, List<TrialCase> cases, int maxFirings, long maxMillis, int costCopies) {
    }

    /** The compile problems of the serving rules (none: ready for a job). */
    public record Ready(List<RuleProblem> problems, long millis) {
    }

    public enum Kind { CHECK, GATE }

    /** One job: check {@code files}, or run the gate's trial of them (serving and rule tests as they are now). */
    public record Job(Kind kind, Map<String, String> files, Map<String, String> serving, Map<String, String> ruleTests) {
    }

    @Override
    public void run(ChildChannel parent, List<String> args) {
        Warmup warmup = parent.read(Warmup.class);
        if (warmup == null) return;
        long start = System.nanoTime();
        EvaluationLimits limits = new EvaluationLimits(warmup.maxFirings(), Duration.ofMillis(warmup.maxMillis()));
        Trial trial = new Trial(Trial.cases(warmup.cases()), limits, warmup.costCopies(), warmup.cases());
        List<RuleProblem> problems = warmup.serving().isEmpty() ? List.of() : trial.serve(new RuleFiles(warmup.serving()));
        parent.write(new Ready(problems, (System.nanoTime() - start) / 1_000_000));
        Job job = parent.read(Job.class);
        if (job == null) return;
        RuleFiles files = new RuleFiles(job.files());
        parent.write(switch (job.kind()) {
            case CHECK -> trial.check(files);
            case GATE -> trial.gate(files, new RuleFiles(job.serving()), job.ruleTests());
        });
    }
}
