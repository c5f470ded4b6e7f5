package org.concert.bench;

import org.concert.casefile.CaseFile;
import org.concert.evaluation.Evaluation;
import org.concert.session.Evaluator;
import org.concert.rulebase.RuleBase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A warm single evaluation of the scaled Russia–West cases (about 50, 200 and 1,000 facts) as of
 * 2008-04-04, against the limit: the same P17 and P20 warnings computed by hand ({@link HandWrittenChain}).
 * {@code concert}: the whole rule base, as the server evaluates (new session, facts, fire, justifications).
 * {@code concertChainRules}: a rule base of only the rules the hand-written check stands for.
 * SampleTime gives p50 and p99.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class EvaluationBenchmark {

    @State(Scope.Benchmark)
    public static class Scaled {
        @Param({"50", "200", "1000"})
        public int facts;

        CaseFile caseFile;

        @Setup(Level.Trial)
        public void load() {
            caseFile = ScaledCases.withAbout(facts);
            System.out.println("\n# scaled case " + caseFile.id() + ": " + ScaledCases.CaseFacts.known(caseFile) + " facts on " + ScaledCases.AS_OF);
        }
    }

    @State(Scope.Benchmark)
    public static class FullRules {
        RuleBase rules;
        final Evaluator evaluator = new Evaluator();

        @Setup(Level.Trial)
        public void compile() {
            rules = RuleBase.compile(RuleSets.real());
        }
    }

    @State(Scope.Benchmark)
    public static class ChainRules {
        RuleBase rules;
        final Evaluator evaluator = new Evaluator();

        @Setup(Level.Trial)
        public void compile() {
            rules = RuleBase.compile(RuleSets.only(RuleSets.real(), HandWrittenChain.RULES));
        }
    }

    @State(Scope.Benchmark)
    public static class HandWritten {
        HandWrittenChain check;

        @Setup(Level.Trial)
        public void read() {
            // Only the thresholds: parameters.yaml, read without compiling any rule.
            check = new HandWrittenChain(org.concert.rulebase.Parameters.parse(
                    RuleSets.real().texts().get("rules/" + org.concert.rulebase.Parameters.FILE), "rules/parameters.yaml"));
        }
    }

    @Benchmark
    public Evaluation concert(Scaled c, FullRules r) {
        return r.evaluator.evaluate(r.rules, c.caseFile, ScaledCases.AS_OF);
    }

    @Benchmark
    public Evaluation concertChainRules(Scaled c, ChainRules r) {
        return r.evaluator.evaluate(r.rules, c.caseFile, ScaledCases.AS_OF);
    }

    @Benchmark
    public List<HandWrittenChain.Found> handWritten(Scaled c, HandWritten h) {
        return h.check.check(c.caseFile, ScaledCases.AS_OF);
    }
}
