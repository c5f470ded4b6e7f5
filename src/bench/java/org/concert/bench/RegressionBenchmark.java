package org.concert.bench;

import org.concert.casefile.CaseFile;
import org.concert.casefile.CaseLibrary;
import org.concert.session.EvaluationLimits;
import org.concert.rulebase.RuleBase;
import org.concert.regression.CaseReport;
import org.concert.regression.RegressionSuite;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The whole regression suite (every expectation of every case in cases/) once the rule base is built. */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class RegressionBenchmark {

    RegressionSuite suite;
    List<CaseFile> cases;

    @Setup(Level.Trial)
    public void load() {
        suite = new RegressionSuite(RuleBase.compile(RuleSets.real()), EvaluationLimits.DEFAULT);
        cases = CaseLibrary.load(Path.of("cases")).cases();
        List<CaseReport> reports = suite.run(cases, (i, c) -> { });
        long failed = reports.stream().filter(r -> !r.passed()).count();
        if (failed > 0) throw new IllegalStateException(failed + " case(s) fail the regression suite");
    }

    @Benchmark
    public List<CaseReport> wholeSuite() {
        return suite.run(cases, (i, c) -> { });
    }
}
