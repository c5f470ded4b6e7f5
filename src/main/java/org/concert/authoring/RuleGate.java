package org.concert.authoring;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.concert.rulebase.RuleBase;
import org.concert.rulebase.RuleBaseException;
import org.concert.rulebase.RuleFiles;
import org.concert.rulebase.RuleProblem;
import org.concert.ruletests.RuleTestException;
import org.concert.ruletests.RuleTests;
import org.concert.sandbox.SandboxException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The only way a rule change reaches the serving rule base. A proposal is screened (the validator and the static bounds,
 * on the parsed text: nothing runs), then tried in a sandboxed child ({@link TrialRunner}): compiled, run against every
 * expectation of every historical case and every rule test ({@code tests/} in the rules directory), and measured on a
 * scaled case next to the serving rules. Only if all of that passes is it compiled here, its audit record written and
 * flushed, the file written (temporary file, then rename) and the new rule base swapped in atomically. On any failure
 * nothing changes: not the serving rule base, not the files; the rejection is audited with a diff cut short. No
 * candidate's code runs in this process before it is accepted. Evaluations hold the rule base they started with, so
 * each sees one rule base or the other, never a mix. Proposals are handled one at a time; dry runs ({@link #check})
 * beside them.
 */
public final class RuleGate {

    private final Path rulesDir;
    private final Supplier<RuleBase> serving;
    private final Consumer<RuleBase> swap;
    private final AuditLog audit;
    private final Screening screening;
    private final TrialRunner trials;
    private final GateSettings settings;
    private final Clock clock;
    /** Recently compiled (accepted) rule bases by content: undoing a change, or making it again, compiles nothing. */
    private final Cache<String, RuleBase> compiled = Caffeine.newBuilder().maximumSize(4).build();
    /**
     * Recent trials by what they depend on (candidate, serving rules, rule tests; the cases and limits do not change
     * while the server runs): the same question is not tried twice.
     */
    private final Cache<String, TrialReport> tried = Caffeine.newBuilder().maximumSize(8).build();

    public RuleGate(Path rulesDir, Supplier<RuleBase> serving, Consumer<RuleBase> swap, AuditLog audit, Screening screening,
                    TrialRunner trials, GateSettings settings, Clock clock) {
        this.rulesDir = rulesDir;
        this.serving = serving;
        this.swap = swap;
        this.audit = audit;
        this.screening = screening;
        this.trials = trials;
        this.settings = settings;
        this.clock = clock;
    }

    public synchronized Activation propose(RuleChange change, String who) {
        long start = System.nanoTime();
        RuleBase current = serving.get();
        RuleFiles files = current.files();
        String key = null;
        RuleFiles proposed;
        if (change.action() == RuleChange.Action.RELOAD) {
            try {
                proposed = RuleFiles.read(rulesDir);
            } catch (RuleBaseException e) {
                return reject(change, who, current, e.problems(), List.of(), null, null, "", start);
            }
            if (proposed.version().equals(current.version())) {
                return finish(change, who, current, current, List.of(), List.of(), null, null, "", start);
            }
        } else {
            List<RuleProblem> problems = new ArrayList<>();
            String name = change.file() == null ? "" : change.file().replace('\\', '/');
            String badName = RuleFolders.refusal(rulesDir, name);
            if (badName != null) return reject(change, who, current, List.of(new RuleProblem(name, 0, 0, badName)), List.of(), null, null, "", start);
            key = RuleFiles.displayName(rulesDir, rulesDir.resolve(name));
            boolean exists = files.texts().containsKey(key);
            if (change.action() == RuleChange.Action.CREATE && exists) problems.add(new RuleProblem(key, 0, 0, "already exists; replace it instead"));
            if (change.action() != RuleChange.Action.CREATE && !exists) problems.add(new RuleProblem(key, 0, 0, "no such rule file"));
            if (change.action() != RuleChange.Action.DELETE && change.text() == null) problems.add(new RuleProblem(key, 0, 0, "no text given"));
            if (change.text() != null && change.text().getBytes(StandardCharsets.UTF_8).length > settings.maxRuleFileBytes()) {
                problems.add(new RuleProblem(key, 0, 0, "larger than " + settings.maxRuleFileBytes() / 1024 + " KB, the largest rule file the gate takes"));
            }
            if (!problems.isEmpty()) return reject(change, who, current, problems, List.of(), null, null, "", start);
            proposed = change.action() == RuleChange.Action.DELETE ? files.without(key) : files.with(key, change.text());
        }
        String diff = diff(files, proposed);

        List<RuleProblem> screened = screening.screen(proposed, files);
        if (!screened.isEmpty()) return reject(change, who, current, screened, List.of(), null, null, diff, start);

        TrialReport report;
        try {
            report = trial(proposed, files);
        } catch (RuleTestException e) {
            return reject(change, who, current, List.of(), List.of(new Activation.Failure(Activation.RULE_TEST,
                    "the rule tests do not load", String.join("; ", e.problems()))), null, null, diff, start);
        } catch (SandboxException e) {
            return reject(change, who, current, List.of(new RuleProblem(key == null ? "rules" : key, 0, 0, e.getMessage())),
                    List.of(), null, null, diff, start);
        }
        if (!report.problems().isEmpty() || !report.failures().isEmpty()) {
            return reject(change, who, current, report.problems(), report.failures(), report.regression(), report.cost(), diff, start);
        }
        String tooCostly = tooCostly(report.cost());
        if (tooCostly != null) {
            return reject(change, who, current, List.of(new RuleProblem(key == null ? "rules" : key, 0, 0, tooCostly)), List.of(),
                    report.regression(), report.cost(), diff, start);
        }

        // Accepted: only now does the candidate's code run here.
        RuleBase candidate = compiled.getIfPresent(proposed.version());
        try {
            if (candidate == null) {
                candidate = RuleBase.compile(proposed);
                compiled.put(proposed.version(), candidate);
            }
        } catch (RuleBaseException e) {
            return reject(change, who, current, e.problems(), List.of(), report.regression(), report.cost(), diff, start);
        }
        Activation accepted = activation(change, who, current, candidate, List.of(), List.of(), report.regression(), report.cost(), diff, start);
        String file = key == null ? "rules" : key;
        Path written = null;
        try {
            if (key != null && change.action() != RuleChange.Action.DELETE) written = writeTemporary(change);
        } catch (UncheckedIOException e) {
            return reject(change, who, current, List.of(new RuleProblem(file, 0, 0, "cannot write the file ("
                    + e.getCause().getMessage() + "): nothing changed")), List.of(), report.regression(), report.cost(), diff, start);
        }
        try {
            audit.append(accepted); // written and flushed before anything changes
        } catch (UncheckedIOException e) {
            deleteQuietly(written);
            return activation(change, who, current, null, List.of(new RuleProblem(file, 0, 0, "cannot write the audit log ("
                    + e.getCause().getMessage() + "): nothing changed")), List.of(), report.regression(), report.cost(), bounded(diff), start);
        }
        try {
            if (key != null) activate(change, written);
        } catch (UncheckedIOException e) {
            // The audit log already says accepted: the next record says that it did not happen after all.
            return reject(change, who, current, List.of(new RuleProblem(file, 0, 0, "cannot write the file ("
                    + e.getCause().getMessage() + "): not activated after all, nothing changed")), List.of(),
                    report.regression(), report.cost(), diff, start);
        }
        swap.accept(candidate);
        trials.serving(proposed);
        return accepted;
    }

    /**
     * A dry run for an analyst: the rule base as it would be with {@code text} as {@code file}, screened and compiled in
     * a sandboxed child, and audited; nothing is written and nothing starts serving.
     */
    public Activation check(String file, String text, String who) {
        long start = System.nanoTime();
        RuleBase current = serving.get();
        RuleChange change = RuleChange.check(file, text);
        String name = file == null ? "" : file.replace('\\', '/');
        String badName = RuleFolders.refusal(rulesDir, name);
        if (badName != null) return finish(change, who, current, null, List.of(new RuleProblem(name, 0, 0, badName)), List.of(), null, null, "", start);
        String key = RuleFiles.displayName(rulesDir, rulesDir.resolve(name));
        if (text.getBytes(StandardCharsets.UTF_8).length > settings.maxRuleFileBytes()) {
            return finish(change, who, current, null, List.of(new RuleProblem(key, 0, 0, "larger than "
                    + settings.maxRuleFileBytes() / 1024 + " KB, the largest rule file the gate takes")), List.of(), null, null, "", start);
        }
        RuleFiles proposed = current.files().with(key, text);
        String diff = diff(current.files(), proposed);
        List<RuleProblem> problems = screening.screen(proposed, current.files());
        if (problems.isEmpty()) {
            try {
                problems = trials.check(proposed).problems();
            } catch (SandboxException e) {
                problems = List.of(new RuleProblem(key, 0, 0, e.getMessage()));
            }
        }
        return finish(change, who, current, null, problems, List.of(), null, null, diff, start);
    }

    /** The sandboxed trial, or the one already made of the same question. */
    private TrialReport trial(RuleFiles proposed, RuleFiles files) {
        Map<String, String> tests = RuleTests.texts(rulesDir.resolve("tests"));
        String question = proposed.version() + "/" + files.version() + "/" + hash(tests);
        TrialReport known = tried.getIfPresent(question);
        if (known != null) return known;
        TrialReport report = trials.gate(proposed, files, tests);
        tried.put(question, report);
        return report;
    }

    /** Why the candidate costs too much next to the serving rules, or null. */
    private String tooCostly(TrialReport.Cost cost) {
        if (cost == null) return null;
        double limit = settings.maxCostRatio();
        String measured = " on " + cost.copies() + " copies of " + cost.caseId() + " (" + cost.facts() + " facts) than the serving rules ("
                + "limit " + limit + "×, concert.gate.max-cost-ratio)";
        if (cost.memoryRatio() > limit) {
            return String.format(java.util.Locale.ROOT, "the changed rules allocate %.1f× more memory (%d KB against %d KB)",
                    cost.memoryRatio(), cost.candidateBytes() / 1024, cost.servingBytes() / 1024) + measured;
        }
        if (cost.candidateCpuMicros() > settings.minCpuMicros() && cost.cpuRatio() > limit) {
            return String.format(java.util.Locale.ROOT, "the changed rules take %.1f× more CPU time (%d ms against %d ms)",
                    cost.cpuRatio(), cost.candidateCpuMicros() / 1000, cost.servingCpuMicros() / 1000) + measured;
        }
        return null;
    }

    private Activation reject(RuleChange change, String who, RuleBase from, List<RuleProblem> problems, List<Activation.Failure> failures,
                              Activation.Regression regression, TrialReport.Cost cost, String diff, long start) {
        return finish(change, who, from, null, problems, failures, regression, cost, bounded(diff), start);
    }

    private Activation finish(RuleChange change, String who, RuleBase from, RuleBase to, List<RuleProblem> problems,
                              List<Activation.Failure> failures, Activation.Regression regression, TrialReport.Cost cost,
                              String diff, long start) {
        Activation a = activation(change, who, from, to, problems, failures, regression, cost,
                to == null ? bounded(diff) : diff, start);
        audit.append(a);
        return a;
    }

    private Activation activation(RuleChange change, String who, RuleBase from, RuleBase to, List<RuleProblem> problems,
                                  List<Activation.Failure> failures, Activation.Regression regression, TrialReport.Cost cost,
                                  String diff, long start) {
        return new Activation(clock.instant(), who, change.action(), change.file(), to != null,
                from.version(), to == null ? from.version() : to.version(), List.copyOf(problems), List.copyOf(failures),
                regression, cost, diff, (System.nanoTime() - start) / 1_000_000);
    }

    /** A rejected change keeps the start of its diff: enough to see what it was, never megabytes. */
    private String bounded(String diff) {
        int max = settings.maxDiffBytes();
        if (diff.length() <= max) return diff;
        int cut = diff.lastIndexOf('\n', max);
        cut = cut < max / 2 ? max : cut + 1;
        return diff.substring(0, cut) + "… (" + (diff.length() - cut) + " more characters of the diff not kept)\n";
    }

    /** The new text in a temporary file beside its target, to be renamed into place once audited. */
    private Path writeTemporary(RuleChange change) {
        Path target = rulesDir.resolve(change.file());
        Path temp = null;
        try {
            RuleFolders.requireNoLinks(rulesDir, target);
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), ".concert-", ".tmp");
            Files.writeString(temp, change.text(), StandardCharsets.UTF_8);
            return temp;
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException("cannot write " + change.file(), e);
        }
    }

    private void activate(RuleChange change, Path written) {
        Path target = rulesDir.resolve(change.file());
        try {
            RuleFolders.requireNoLinks(rulesDir, target);
            if (change.action() == RuleChange.Action.DELETE) {
                Files.delete(target);
                return;
            }
            try {
                Files.move(written, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(written, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(written);
            throw new UncheckedIOException("cannot write " + change.file(), e);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p == null) return;
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // nothing more to do: it is a temporary file beside the target, named .concert-*.tmp
        }
    }

    private static String hash(Map<String, String> texts) {
        return RuleFiles.digest(texts).substring(0, 16);
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
