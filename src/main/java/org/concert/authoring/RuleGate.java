package org.concert.authoring;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.concert.casefile.CaseFile;
import org.concert.session.EvaluationLimits;
import org.concert.session.Evaluator;
import org.concert.rulebase.RuleBase;
import org.concert.rulebase.RuleBaseException;
import org.concert.rulebase.RuleFiles;
import org.concert.rulebase.RuleProblem;
import org.concert.regression.CaseReport;
import org.concert.regression.ExpectationResult;
import org.concert.regression.RegressionSuite;
import org.concert.ruletests.RuleTest;
import org.concert.ruletests.RuleTestException;
import org.concert.ruletests.RuleTestResult;
import org.concert.ruletests.RuleTestRunner;
import org.concert.ruletests.RuleTests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The only way a rule change reaches the serving rule base. A proposal is validated, compiled into a
 * new rule base beside the serving one, and run against every expectation of every historical case and
 * every rule test ({@code tests/} in the rules directory);
 * only if all of that passes is the file written (temporary file, then rename), the new rule base
 * swapped in atomically, and the change audited. On any failure nothing changes: not the serving
 * rule base, not the files. Evaluations hold the rule base they started with, so each sees one rule
 * base or the other, never a mix. Proposals are handled one at a time.
 */
public final class RuleGate {

    private final Path rulesDir;
    private final Supplier<RuleBase> serving;
    private final Consumer<RuleBase> swap;
    /** Recently compiled rule bases by content: undoing a change, or proposing it again, compiles nothing. */
    private final Cache<String, RuleBase> compiled = Caffeine.newBuilder().maximumSize(4).build();
    private final Supplier<List<CaseFile>> cases;
    private final AuditLog audit;
    private final EvaluationLimits limits;
    private final Clock clock;

    public RuleGate(Path rulesDir, Supplier<RuleBase> serving, Consumer<RuleBase> swap, Supplier<List<CaseFile>> cases,
                    AuditLog audit, EvaluationLimits limits, Clock clock) {
        this.rulesDir = rulesDir;
        this.serving = serving;
        this.swap = swap;
        this.cases = cases;
        this.audit = audit;
        this.limits = limits;
        this.clock = clock;
    }

    public synchronized Activation propose(RuleChange change, String who) {
        long start = System.nanoTime();
        RuleBase current = serving.get();
        RuleFiles files = current.files();
        String key = null;
        RuleFiles proposed;
        List<RuleProblem> problems = new ArrayList<>();
        if (change.action() == RuleChange.Action.RELOAD) {
            try {
                proposed = RuleFiles.read(rulesDir);
            } catch (RuleBaseException e) {
                return finish(change, who, current, null, e.problems(), List.of(), null, "", start);
            }
            if (proposed.version().equals(current.version())) {
                return finish(change, who, current, current, List.of(), List.of(), null, "", start);
            }
        } else {
            String name = change.file() == null ? "" : change.file().replace('\\', '/');
            String badName = badName(name);
            if (badName != null) {
                return finish(change, who, current, null, List.of(new RuleProblem(name, 0, 0, badName)), List.of(), null, "", start);
            }
            key = RuleFiles.displayName(rulesDir, rulesDir.resolve(name));
            boolean exists = files.texts().containsKey(key);
            if (change.action() == RuleChange.Action.CREATE && exists) problems.add(new RuleProblem(key, 0, 0, "already exists; replace it instead"));
            if (change.action() != RuleChange.Action.CREATE && !exists) problems.add(new RuleProblem(key, 0, 0, "no such rule file"));
            if (change.action() != RuleChange.Action.DELETE && change.text() == null) problems.add(new RuleProblem(key, 0, 0, "no text given"));
            if (!problems.isEmpty()) return finish(change, who, current, null, problems, List.of(), null, "", start);
            proposed = change.action() == RuleChange.Action.DELETE ? files.without(key) : files.with(key, change.text());
        }
        String diff = diff(files, proposed);

        // The serving files passed this check when they were activated: only what changed needs it again.
        problems.addAll(RuleValidator.check(proposed, changed(files, proposed)));
        if (!problems.isEmpty()) return finish(change, who, current, null, problems, List.of(), null, diff, start);
        RuleBase candidate = compiled.getIfPresent(proposed.version());
        try {
            if (candidate == null) {
                candidate = RuleBase.compile(proposed);
                compiled.put(proposed.version(), candidate);
            }
        } catch (RuleBaseException e) {
            return finish(change, who, current, null, e.problems(), List.of(), null, diff, start);
        }

        List<Activation.Failure> failures = new ArrayList<>();
        RegressionSuite suite = new RegressionSuite(candidate, limits);
        List<CaseFile> library = cases.get();
        long expectations = 0, met = 0;
        for (CaseFile c : library) {
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
        int[] ruleTests = ruleTests(candidate, failures);
        Activation.Regression regression = new Activation.Regression(library.size(), expectations, met, ruleTests[0], ruleTests[1]);
        if (!failures.isEmpty()) return finish(change, who, current, null, List.of(), failures, regression, diff, start);

        if (key != null) {
            try {
                write(key, change);
            } catch (UncheckedIOException e) {
                return finish(change, who, current, null, List.of(new RuleProblem(key, 0, 0, "cannot write the file ("
                        + e.getCause().getMessage() + "): nothing changed")), List.of(), regression, diff, start);
            }
        }
        swap.accept(candidate);
        return finish(change, who, current, candidate, List.of(), List.of(), regression, diff, start);
    }

    /**
     * Runs the rule tests of {@code tests/} in the rules directory on the candidate, adding a failure for each
     * entry that fails; returns how many ran and how many passed. The tests are read anew each time: they are
     * edited on disk, never through the gate.
     */
    private int[] ruleTests(RuleBase candidate, List<Activation.Failure> failures) {
        Path dir = rulesDir.resolve("tests");
        if (!Files.isDirectory(dir)) return new int[]{0, 0};
        List<RuleTest> tests;
        try {
            tests = RuleTests.load(dir);
        } catch (RuleTestException e) {
            failures.add(new Activation.Failure(Activation.RULE_TEST, "the rule tests do not load", String.join("; ", e.problems())));
            return new int[]{0, 0};
        }
        List<RuleTestResult> results;
        try {
            results = new RuleTestRunner(candidate, new Evaluator(limits)).runSuite(tests);
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

    private Activation finish(RuleChange change, String who, RuleBase from, RuleBase to, List<RuleProblem> problems,
                              List<Activation.Failure> failures, Activation.Regression regression, String diff, long start) {
        Activation a = new Activation(clock.instant(), who, change.action(), change.file(), to != null,
                from.version(), to == null ? from.version() : to.version(), List.copyOf(problems), List.copyOf(failures),
                regression, diff, (System.nanoTime() - start) / 1_000_000);
        audit.append(a);
        return a;
    }

    /** Why a file name is refused, or null. */
    private static String badName(String name) {
        if (name.isBlank()) return "no file name given";
        if (name.startsWith("/") || name.contains("..") || name.contains(":") || name.startsWith("tests/")) {
            return "a rule file is named relative to the rules directory, without '..', e.g. warnings/my-rules.drl";
        }
        if (!name.matches("[A-Za-z0-9_./-]+")) return "use letters, digits, '-', '_', '.' and '/' in rule file names";
        String fileName = name.substring(name.lastIndexOf('/') + 1);
        if (!RuleFiles.isRuleSource(fileName)) return "only .drl, .dslr, .dsl files and parameters.yaml are rule files";
        return null;
    }

    private void write(String key, RuleChange change) {
        Path target = rulesDir.resolve(change.file());
        try {
            if (change.action() == RuleChange.Action.DELETE) {
                Files.delete(target);
                return;
            }
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".concert-", ".tmp");
            Files.writeString(temp, change.text(), StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + key, e);
        }
    }

    private static java.util.Set<String> changed(RuleFiles before, RuleFiles after) {
        java.util.Set<String> changed = new java.util.TreeSet<>();
        after.texts().forEach((name, text) -> {
            if (!text.equals(before.texts().get(name))) changed.add(name);
        });
        return changed;
    }

    private static String diff(RuleFiles before, RuleFiles after) {
        StringBuilder d = new StringBuilder();
        java.util.Set<String> names = new java.util.TreeSet<>(before.texts().keySet());
        names.addAll(after.texts().keySet());
        for (String name : names) {
            String a = before.texts().get(name);
            String b = after.texts().get(name);
            if (a == null ? b != null : !a.equals(b)) d.append(LineDiff.unified(name, a, b));
        }
        return d.toString();
    }

    public RuleBase serving() {
        return serving.get();
    }
}
