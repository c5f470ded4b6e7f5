package org.concert.authoring;

import org.concert.rulebase.RuleAdmission;
import org.concert.rulebase.RuleFiles;
import org.concert.rulebase.RuleProblem;
import org.concert.sandbox.SandboxException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A dry run for analysts: the rule base as it would be with the given files in it (a file from
 * elsewhere is checked as if placed at the top of the rules directory), screened (validator and static
 * bounds, on the parsed text), then compiled where the trials run (a sandboxed child). Nothing is
 * written and nothing starts serving.
 */
public final class RuleCheck {

    private RuleCheck() {
    }

    /** The rules directory with {@code files} placed in it, checked; the rules already there are the baseline of the bounds. */
    public static List<RuleProblem> check(Path rulesDir, List<Path> files, Screening screening, TrialRunner trials) {
        RuleFiles onDisk = RuleFiles.read(rulesDir);
        return check(with(onDisk, rulesDir, files), files.isEmpty() ? null : onDisk, screening, trials);
    }

    /** Screens and compiles a rule base as given; the problems of both, or none. */
    public static List<RuleProblem> check(RuleFiles proposed, RuleFiles before, Screening screening, TrialRunner trials) {
        List<RuleProblem> problems = new ArrayList<>(screening.screen(proposed, before));
        // Text the validator admits is compiled (in the sandbox) even when the static bounds refuse it, so that the
        // analyst sees every problem at once: a rule held to the bounds may also misspell a role or a proposition.
        if (problems.isEmpty() || RuleAdmission.validate(proposed).isEmpty()) {
            try {
                problems.addAll(trials.check(proposed).problems());
            } catch (SandboxException e) {
                problems.add(new RuleProblem(proposed.texts().keySet().stream().findFirst().orElse("rules"), 0, 0, e.getMessage()));
            }
        }
        return problems;
    }

    static RuleFiles with(RuleFiles base, Path rulesDir, List<Path> files) {
        Path dir = rulesDir.toAbsolutePath().normalize();
        for (Path f : files) {
            Path file = f.toAbsolutePath().normalize();
            Path placed = file.startsWith(dir) ? file : dir.resolve(file.getFileName());
            try {
                base = base.with(RuleFiles.displayName(rulesDir, placed), Files.readString(file));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f, e);
            }
        }
        return base;
    }
}
