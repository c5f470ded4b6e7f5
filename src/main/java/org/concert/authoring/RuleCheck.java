package org.concert.authoring;

import org.concert.rulebase.RuleBase;
import org.concert.rulebase.RuleBaseException;
import org.concert.rulebase.RuleFiles;
import org.concert.rulebase.RuleProblem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A dry run for analysts: the rule base as it would be with the given files in it (a file from
 * elsewhere is checked as if placed at the top of the rules directory), validated for forbidden code
 * and compiled. Nothing is written and nothing starts serving.
 */
public final class RuleCheck {

    private RuleCheck() {
    }

    public static List<RuleProblem> check(Path rulesDir, List<Path> files) {
        return check(with(rulesDir, files));
    }

    /** Validates and compiles a rule base as given; the problems of both, or none. */
    public static List<RuleProblem> check(RuleFiles proposed) {
        List<RuleProblem> problems = new ArrayList<>(RuleValidator.check(proposed));
        if (problems.isEmpty()) {
            try {
                RuleBase.compile(proposed);
            } catch (RuleBaseException e) {
                problems.addAll(e.problems());
            }
        }
        return problems;
    }

    static RuleFiles with(Path rulesDir, List<Path> files) {
        RuleFiles base = RuleFiles.read(rulesDir);
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
