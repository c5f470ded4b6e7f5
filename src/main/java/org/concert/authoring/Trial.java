package org.concert.authoring;

import org.concert.casefile.CaseCopies;
import org.concert.casefile.CaseFile;
import org.concert.casefile.CaseLoader;
import org.concert.regression.CaseReport;
import org.concert.regression.ExpectationResult;
import org.concert.regression.RegressionSuite;
import org.concert.rulebase.RuleBase;
import org.concert.rulebase.RuleBaseException;
import org.concert.rulebase.RuleFiles;
import org.concert.rulebase.RuleProblem;
import org.concert.ruletests.RuleTest;
import org.concert.ruletests.RuleTestException;
import org.concert.ruletests.RuleTestResult;
import org.concert.ruletests.RuleTestRunner;
import org.concert.ruletests.RuleTests;
import org.concert.session.EvaluationLimits;
import org.concert.session.Evaluator;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trying rules out: compiling them, and for the gate running every historical case's expectations and every rule test
 * on them and measuring what they cost on a scaled case next to the serving rules. This is code that runs the rules,
 * so it runs in a sandboxed child ({@link TrialWorker}); the server only reads its report.
 */
public final class Trial {

    private final List<CaseFile> cases;
    private final CaseFile costCase;
    private final int costCopies;
    private final EvaluationLimits limits;
    private RuleBase serving;

    /**
     * @param cases      the historical cases, whose expectations the gate runs
     * @param costCopies copies of the largest case the cost is measured on (0: not measured)
     */
    public Trial(List<CaseFile> cases, EvaluationLimits limits, int costCopies, List<TrialCase> json) {
        this.cases = List.copyOf(cases);
        this.limits = limits;
        this.costCopies = costCopies;
        this.costCase = costCopies <= 0 ? null : scaled(json, costCopies);
    }

    /** The cases of {@code json}, checked as at start-up. */
    public static List<CaseFile> cases(List<TrialCase> json) {
        return json.stream().map(c -> CaseLoader.fromTree(c.json(), c.origin())).toList();
    }

    /** {@code copies} copies of the case with the most facts, or null when there is none. */
    private static CaseFile scaled(List<TrialCase> json, int copies) {
        TrialCase largest = json.stream().max(Comparator.comparingInt(c -> c.json().path("events").size()
                + c.json().path("actors").size() + c.json().path("memberships").size())).orElse(null);
        if (largest == null) return null;
        return CaseLoader.fromTree(CaseCopies.copies(largest.json(), copies), largest.origin() + " ×" + copies);
    }

    /** Compiles the serving rules once (a warm-up, and the start-up check); the problems if they do not compile. */
    public List<RuleProblem> serve(RuleFiles files) {
        try {
            serving = compile(files);
            for (CaseFile c : cases) { // warms up what the gate runs; an error here is the gate's to report, not the warm-up's
                try {
                    new Evaluator(limits).evaluate(serving, c, c.period().to());
                } catch (RuntimeException ignored) {
                    // reported when it matters
                }
            }
            return List.of();
        } catch (RuleBaseException e) {
            return e.problems();
        }
    }

    /** Validated files compiled: the compiler's problems, or none. */
    public TrialReport check(RuleFiles files) {
        long start = System.nanoTime();
        try {
            compile(files);
            return TrialReport.problems(List.of(), Map.of("compile", since(start)));
        } catch (RuleBaseException e) {
            return TrialReport.problems(e.problems(), Map.of("compile", since(start)));
        }
    }

    /** What the gate decides on: compile, every case's expectations, every rule test, the cost next to the serving rules. */
    public TrialReport gate(RuleFiles candidate, RuleFiles servingFiles, Map<String, String> ruleTests) {
        Map<String, Long> millis = new LinkedHashMap<>();
        long start = System.nanoTime();
        RuleBase rules;
        try {
            rules = compile(candidate);
        } catch (RuleBaseException e) {
            return TrialReport.problems(e.problems(), Map.of("compile", since(start)));
        }
        millis.put("compile", since(start));

        start = System.nanoTime();
        List<Activation.Failure> failures = new ArrayList<>();
        RegressionSuite suite = new RegressionSuite(rules, limits);
        long expectations = 0, met = 0;
        for (CaseFile c : cases) {
            try {
                CaseReport report = suite.run(c);
                // Only the regression guards gate a change: forecasts are scored, withdrawn expectations not checked.
                List<ExpectationResult> guards = report.guards();
                expectations += guards.size();
                met += guards.stream().filter(ExpectationResult::passed).count();
                for (ExpectationResult r : guards) {
                    if (!r.passed()) failures.add(new Activation.Failure(c.id(), r.name(), r.detail()));
                }
            } catch (RuntimeException e) { // a runaway or timed-out rule set fails the case it ran on
                expectations += c.expectations().stream().filter(x -> !x.isWithdrawn() && !x.registeredBeforeRun()).count();
                failures.add(new Activation.Failure(c.id(), c.id() + " › evaluation", e.getMessage()));
            }
        }
        millis.put("regression", since(start));

        start = System.nanoTime();
        int[] tests = ruleTests(rules, ruleTests, failures);
        millis.put("ruleTests", since(start));
        Activation.Regression regression = new Activation.Regression(cases.size(), expectations, met, tests[0], tests[1]);

        TrialReport.Cost cost = null;
        if (costCase != null && failures.isEmpty()) {
            start = System.nanoTime();
            try {
                if (serving == null || !serving.version().equals(servingFiles.version())) serving = compile(servingFiles);
                cost = cost(serving, rules);
            } catch (RuntimeException e) {
                failures.add(new Activation.Failure(costCase.id(), costCase.id() + " › cost", e.getMessage()));
            }
            millis.put("cost", since(start));
        }
        return new TrialReport(List.of(), failures, regression, cost, millis);
    }

    private int[] ruleTests(RuleBase rules, Map<String, String> texts, List<Activation.Failure> failures) {
        if (texts == null || texts.isEmpty()) return new int[]{0, 0};
        List<RuleTest> tests;
        try {
            tests = RuleTests.load(texts);
        } catch (RuleTestException e) {
            failures.add(new Activation.Failure(Activation.RULE_TEST, "the rule tests do not load", String.join("; ", e.problems())));
            return new int[]{0, 0};
        }
        List<RuleTestResult> results;
        try {
            results = new RuleTestRunner(rules, new Evaluator(limits)).runSuite(tests);
        } catch (RuntimeException e) { // a runaway or timed-out rule set fails the tests it ran on
            failures.add(new Activation.Failure(Activation.RULE_TEST, "the rule tests", e.getMessage()));
            return new int[]{tests.size(), 0};
        }
        int passed = 0;
        for (RuleTestResult r : results) {
            if (r.passed()) passed++;
            else failures.add(new Activation.Failure(Activation.RULE_TEST, r.test().location() + ": " + r.test().name(), String.join("; ", r.failures())));
        }
        return new int[]{tests.size(), passed};
    }

    /** The serving rules and the candidate on the scaled case: a run each to warm up, then the least of three. */
    private TrialReport.Cost cost(RuleBase servingRules, RuleBase candidate) {
        LocalDate at = costCase.period().to();
        Evaluator evaluator = new Evaluator(limits);
        long[] s = measure(() -> evaluator.evaluate(servingRules, costCase, at));
        long[] c = measure(() -> evaluator.evaluate(candidate, costCase, at));
        return new TrialReport.Cost(costCase.id(), costCopies, costCase.factsAsOf(at).size(), s[0], c[0], s[1], c[1]);
    }

    private static long[] measure(Runnable evaluation) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        evaluation.run();
        long bytes = Long.MAX_VALUE, cpu = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long b0 = threads.getCurrentThreadAllocatedBytes(), c0 = threads.getCurrentThreadCpuTime();
            evaluation.run();
            bytes = Math.min(bytes, threads.getCurrentThreadAllocatedBytes() - b0);
            cpu = Math.min(cpu, (threads.getCurrentThreadCpuTime() - c0) / 1000);
        }
        return new long[]{bytes, cpu};
    }

    /**
     * Compiles, turning whatever the compiler throws into a problem of the rule base (some bad rules make the builder
     * throw rather than report).
     */
    static RuleBase compile(RuleFiles files) {
        try {
            return RuleBase.compile(files);
        } catch (RuleBaseException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            String file = files.texts().keySet().stream().findFirst().orElse("rules");
            throw new RuleBaseException(List.of(new RuleProblem(file, 0, 0, "the rules do not compile: " + e)));
        }
    }

    private static long since(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
