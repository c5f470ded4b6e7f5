package org.concert.cli;

import org.concert.authoring.RuleCheck;
import org.concert.authoring.SandboxedTrials;
import org.concert.authoring.Screening;
import org.concert.rulebase.RuleProblem;
import org.concert.sandbox.Confinement;
import org.concert.sandbox.Sandbox;
import org.concert.sandbox.SandboxSettings;
import org.concert.session.EvaluationLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "check", description = {
        "Check rule files without activating them: forbidden code, imports, metadata and the static bounds, then compilation "
                + "of the rule base as it would be with these files in it, in a sandboxed child (bubblewrap: no network, "
                + "a read-only view of the JDK and the classpath, capped memory and CPU, a wall-clock limit).",
        "Exits 0 when clean, 2 with file:line:column: reason for each problem, or when there is no sandbox."})
final class RulesCheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RulesOption rules;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "rule files to check in place of (or beside) those in --rules")
    List<Path> files;

    @Option(names = "--confinement", paramLabel = "HOW", defaultValue = "BUBBLEWRAP",
            description = "bubblewrap (default: without it nothing is compiled), or none: compile in a child JVM with resource "
                    + "limits but no confinement, for a machine without bubblewrap, on files you trust")
    Confinement confinement;

    /** What the files must pass before any of their code is compiled (tests may replace it to try the sandbox itself). */
    Screening screening = Screening.standard();

    @Override
    public Integer call() {
        Sandbox sandbox = Sandbox.create(SandboxSettings.DEFAULT.withConfinement(confinement));
        List<RuleProblem> problems;
        try (SandboxedTrials trials = new SandboxedTrials(sandbox, List::of, EvaluationLimits.DEFAULT, 0, false, 1)) {
            problems = RuleCheck.check(rules.dir, files == null ? List.of() : files, screening, trials);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (problems.isEmpty()) {
            out.println("ok: " + (files == null || files.isEmpty() ? "the rules in " + rules.dir : files.size() + " file(s)")
                    + " pass validation and compile");
            out.flush();
            return 0;
        }
        PrintWriter err = spec.commandLine().getErr();
        problems.forEach(err::println);
        err.flush();
        return ConcertCli.BAD_INPUT;
    }
}
