package org.concert.bench;

import org.concert.casefile.CaseFile;
import org.concert.casefile.CaseLibrary;
import org.concert.casefile.CaseLoader;
import org.concert.session.EvaluationLimits;
import org.concert.session.Evaluator;
import org.concert.rulebase.RuleBase;
import org.concert.rulebase.RuleFiles;
import org.concert.regression.RegressionSuite;
import org.concert.regression.Step;
import org.concert.regression.Timeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * One benchmark workload in a loop for a fixed time, for a profiler (docs/performance.md, "Profiles"):
 * <pre>
 * java -XX:StartFlightRecording=filename=target/w.jfr,settings=profile -cp … org.concert.bench.Workload evaluate-200 20
 * </pre>
 * Workloads: {@code evaluate-N} (a scaled case of about N facts), {@code hand-N}, {@code replay}, {@code reevaluate},
 * {@code regression}, {@code build-N} (a rule base of N rules), {@code russia-west} (one evaluation as of 2008-04-04) and
 * {@code json-russia-west} (writing its JSON). Prints the mean time per operation.
 */
public final class Workload {

    public static void main(String[] args) {
        String name = args[0];
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 20;
        Runnable op = workload(name);
        op.run(); // warm the setup
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long n = 0;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        com.sun.management.ThreadMXBean sun = (com.sun.management.ThreadMXBean) threads;
        long allocStart = sun.getThreadAllocatedBytes(Thread.currentThread().getId());
        while (System.nanoTime() < end) {
            op.run();
            n++;
        }
        double ms = (System.nanoTime() - start) / 1e6 / n;
        double cpuMs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / n;
        double kb = (sun.getThreadAllocatedBytes(Thread.currentThread().getId()) - allocStart) / 1024.0 / n;
        // CPU time of this thread only: less disturbed than wall time when other work shares the cores.
        System.out.printf(Locale.ROOT, "%s: %d operations, %.3f ms each (%.3f ms CPU of this thread, %.0f KB allocated)%n", name, n, ms, cpuMs, kb);
    }

    static Runnable workload(String name) {
        Evaluator evaluator = new Evaluator();
        if (name.startsWith("evaluate-")) {
            RuleBase rules = RuleBase.compile(RuleSets.real());
            CaseFile c = ScaledCases.withAbout(Integer.parseInt(name.substring("evaluate-".length())));
            return () -> evaluator.evaluate(rules, c, ScaledCases.AS_OF);
        }
        if (name.startsWith("chain-")) {
            RuleBase rules = RuleBase.compile(RuleSets.only(RuleSets.real(), HandWrittenChain.RULES));
            CaseFile c = ScaledCases.withAbout(Integer.parseInt(name.substring("chain-".length())));
            return () -> evaluator.evaluate(rules, c, ScaledCases.AS_OF);
        }
        if (name.startsWith("hand-")) {
            RuleFiles files = RuleSets.real();
            HandWrittenChain check = new HandWrittenChain(org.concert.rulebase.Parameters.parse(
                    files.texts().get("rules/parameters.yaml"), "rules/parameters.yaml"));
            CaseFile c = ScaledCases.withAbout(Integer.parseInt(name.substring("hand-".length())));
            return () -> check.check(c, ScaledCases.AS_OF);
        }
        if (name.startsWith("build-")) {
            RuleFiles files = RuleSets.withRules(Integer.parseInt(name.substring("build-".length())));
            return () -> RuleBase.compile(files);
        }
        RuleBase rules = RuleBase.compile(RuleSets.real());
        CaseFile rw = CaseLoader.load(Path.of("cases", "russia-west-1990-2022.json"));
        switch (name) {
            case "replay":
                return () -> Timeline.replay(rules, rw, rw.period().from(), rw.period().to(), Step.MONTH, EvaluationLimits.DEFAULT);
            case "reevaluate":
                return () -> Timeline.reevaluate(rules, rw, rw.period().from(), rw.period().to(), Step.MONTH, EvaluationLimits.DEFAULT);
            case "regression": {
                List<CaseFile> cases = CaseLibrary.load(Path.of("cases")).cases();
                RegressionSuite suite = new RegressionSuite(rules, EvaluationLimits.DEFAULT);
                return () -> suite.run(cases, (i, c) -> { });
            }
            case "russia-west":
                return () -> evaluator.evaluate(rules, rw, ScaledCases.AS_OF);
            case "json-russia-west": { // writing the HTTP answer of russia-west as of 2008-04-04 (the API's mapper is Spring's default)
                var evaluation = evaluator.evaluate(rules, rw, ScaledCases.AS_OF);
                var json = tools.jackson.databind.json.JsonMapper.builder().build();
                return () -> json.writeValue(java.io.OutputStream.nullOutputStream(), evaluation);
            }
            default:
                throw new IllegalArgumentException("no workload " + name);
        }
    }
}
