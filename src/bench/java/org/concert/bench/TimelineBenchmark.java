package org.concert.bench;

import org.concert.casefile.CaseFile;
import org.concert.casefile.CaseLoader;
import org.concert.session.EvaluationLimits;
import org.concert.rulebase.RuleBase;
import org.concert.regression.Step;
import org.concert.regression.Timeline;
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
import java.util.concurrent.TimeUnit;

/**
 * Russia–West's whole period (1990-01-01 to 2022-02-24, 32 years, 387 monthly dates): the incremental
 * timeline ({@link Timeline#replay}: one session, facts inserted in date order) against the naive one
 * ({@link Timeline#reevaluate}: a fresh evaluation at every date). Both give the same points (TimelineTest).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class TimelineBenchmark {

    RuleBase rules;
    CaseFile russiaWest;

    @Setup(Level.Trial)
    public void load() {
        rules = RuleBase.compile(RuleSets.real());
        russiaWest = CaseLoader.load(Path.of("cases", "russia-west-1990-2022.json"));
    }

    @Benchmark
    public Timeline replay() {
        return Timeline.replay(rules, russiaWest, russiaWest.period().from(), russiaWest.period().to(), Step.MONTH, EvaluationLimits.DEFAULT);
    }

    @Benchmark
    public Timeline reevaluate() {
        return Timeline.reevaluate(rules, russiaWest, russiaWest.period().from(), russiaWest.period().to(), Step.MONTH, EvaluationLimits.DEFAULT);
    }
}
