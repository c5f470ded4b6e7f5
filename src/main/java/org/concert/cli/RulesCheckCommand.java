package org.concert.cli;

import org.concert.authoring.RuleCheck;
import org.concert.rulebase.RuleProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "check", description = {
        "Check rule files without activating them: forbidden code, imports, metadata, then compilation of the rule base "
                + "as it would be with these files in it.",
        "Exits 0 when clean, 2 with file:line:column: reason for each problem."})
final class RulesCheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RulesOption rules;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "rule files to check in place of (or beside) those in --rules")
    List<Path> files;

    @Override
    public Integer call() {
        List<RuleProblem> problems = RuleCheck.check(rules.dir, files == null ? List.of() : files);
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
