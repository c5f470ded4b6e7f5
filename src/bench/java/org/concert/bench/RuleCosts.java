package org.concert.bench;

import org.concert.casefile.CaseFile;
import org.concert.session.Evaluator;
import org.concert.rulebase.RuleBase;
import org.concert.rulebase.RuleFiles;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which rules an evaluation spends its work on: the scaled case of about N facts is evaluated with the whole
 * rule base and with each rule left out in turn; the difference in bytes allocated and CPU time per
 * evaluation is that rule's share. Allocation is counted exactly, so it ranks rules even on a busy machine.
 * <pre>java -cp … org.concert.bench.RuleCosts 200 [evaluations] [chain]</pre>
 */
public final class RuleCosts {

    public static void main(String[] args) {
        int facts = Integer.parseInt(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        CaseFile c = ScaledCases.withAbout(facts);
        // "chain" as a third argument: only the rules of the hand-written check's chain.
        RuleFiles all = args.length > 2 && args[2].equals("chain") ? RuleSets.only(RuleSets.real(), HandWrittenChain.RULES) : RuleSets.real();
        List<String> names = new ArrayList<>();
        RuleSets.parse(all).forEach(f -> names.addAll(f.rules().keySet()));
        double[] base = cost(RuleBase.compile(all), c, n);
        System.out.printf(Locale.ROOT, "all %d rules: %.0f KB, %.3f ms CPU per evaluation%n", names.size(), base[0], base[1]);
        List<String> lines = new ArrayList<>();
        for (String name : names) {
            List<String> others = new ArrayList<>(names);
            others.remove(name);
            double[] without = cost(RuleBase.compile(RuleSets.only(all, others)), c, n);
            lines.add(String.format(Locale.ROOT, "%7.0f KB %7.3f ms  %s", base[0] - without[0], base[1] - without[1], name));
        }
        lines.sort((a, b) -> Double.compare(Double.parseDouble(b.trim().split(" ")[0]), Double.parseDouble(a.trim().split(" ")[0])));
        System.out.println("share of each rule (whole minus without it):");
        lines.forEach(System.out::println);
    }

    private static double[] cost(RuleBase rules, CaseFile c, int n) {
        Evaluator evaluator = new Evaluator();
        for (int i = 0; i < n; i++) evaluator.evaluate(rules, c, ScaledCases.AS_OF);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long bytes = threads.getThreadAllocatedBytes(id);
        long cpu = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) evaluator.evaluate(rules, c, ScaledCases.AS_OF);
        return new double[]{(threads.getThreadAllocatedBytes(id) - bytes) / 1024.0 / n, (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / n};
    }
}
