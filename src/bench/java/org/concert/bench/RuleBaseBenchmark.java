package org.concert.bench;

import org.concert.authoring.Activation;
import org.concert.authoring.AuditLog;
import org.concert.authoring.GateSettings;
import org.concert.authoring.InProcessTrials;
import org.concert.authoring.RuleChange;
import org.concert.authoring.RuleGate;
import org.concert.authoring.Screening;
import org.concert.casefile.CaseFile;
import org.concert.casefile.CaseLibrary;
import org.concert.casefile.Expectation;
import org.concert.session.EvaluationLimits;
import org.concert.rulebase.RuleBase;
import org.concert.rulebase.RuleFiles;
import org.concert.regression.CaseReport;
import org.concert.regression.ExpectationResult;
import org.concert.regression.RegressionSuite;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Building a rule base, and a gated reload ({@link RuleGate#propose}: validate, compile, run every
 * expectation of every case, write, swap) of a harmless change (the P20 warning's title gets a new
 * revision number at every proposal, so each is new text to compile), at 30, 100 and 300 rules
 * ({@link RuleSets}: the repository has 67; fewer is a subset, more adds renamed copies). One shot per
 * iteration, after warm-up shots in the same JVM: the warm figure. The first reload after a server's start
 * (its rules compiled once, the compiler barely warm) is the same benchmark with {@code -wi 0 -i 1 -f 3}
 * (bench/run.sh runs both).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class RuleBaseBenchmark {

    @State(Scope.Benchmark)
    public static class Rules {
        @Param({"30", "100", "300"})
        public int rules;

        RuleFiles files;

        @Setup(Level.Trial)
        public void generate() {
            files = RuleSets.withRules(rules);
        }
    }

    @State(Scope.Benchmark)
    public static class Gate {
        Path dir;
        RuleGate gate;
        int revision;

        @Setup(Level.Trial)
        public void serve(Rules r) throws IOException {
            dir = Files.createTempDirectory("concert-bench-gate");
            Path rulesDir = dir.resolve("rules");
            for (var f : r.files.texts().entrySet()) {
                Path target = rulesDir.resolve(f.getKey().substring("rules/".length()));
                Files.createDirectories(target.getParent());
                Files.writeString(target, f.getValue());
            }
            RuleBase serving = RuleBase.load(rulesDir);
            List<CaseFile> library = metBy(serving, CaseLibrary.load(Path.of("cases")).cases());
            AtomicReference<RuleBase> served = new AtomicReference<>(serving);
            // The gate's trials in this process (the test suite's InProcessTrials): the benchmark measures the gate's own
            // work, not the start of sandboxed children.
            gate = new RuleGate(rulesDir, served::get, served::set, new AuditLog(dir.resolve("audit.jsonl")), Screening.standard(),
                    new InProcessTrials(library, EvaluationLimits.DEFAULT), GateSettings.DEFAULT, Clock.systemUTC());
        }

        @TearDown(Level.Trial)
        public void remove() throws IOException {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) Files.delete(f);
            }
        }

        /**
         * The cases with the expectations the serving rules meet: all of them from the repository's 67
         * rules up; a subset of the rules fails some, and the gate must accept a harmless change.
         */
        private static List<CaseFile> metBy(RuleBase rules, List<CaseFile> cases) {
            RegressionSuite suite = new RegressionSuite(rules, EvaluationLimits.DEFAULT);
            List<CaseFile> kept = new ArrayList<>();
            int dropped = 0;
            for (CaseFile c : cases) {
                CaseReport report = suite.run(c);
                List<Expectation> met = new ArrayList<>();
                for (ExpectationResult x : report.expectations()) {
                    if (x.passed()) met.add(x.expectation());
                    else dropped++;
                }
                kept.add(new CaseFile(c.id(), c.title(), c.period(), c.summary(), c.actors(), c.organisations(), c.memberships(),
                        c.events(), c.outcomes(), met, c.file()));
            }
            System.out.println("\n# gate at " + rules.rules().size() + " rules: " + dropped + " expectation(s) left out (not met by these rules)");
            return kept;
        }
    }

    @Benchmark
    public RuleBase build(Rules r) {
        return RuleBase.compile(r.files);
    }

    @Benchmark
    public Activation gatedReload(Rules r, Gate g) {
        RuleFiles serving = g.gate.serving().files();
        Activation a = g.gate.propose(RuleChange.replace(RuleSets.CHANGED_FILE, RuleSets.retitled(serving, ++g.revision)), "bench");
        if (!a.accepted()) throw new IllegalStateException("the harmless change was refused: " + a.summary());
        return a;
    }
}
