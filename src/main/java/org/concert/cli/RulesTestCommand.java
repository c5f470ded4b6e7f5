package org.concert.cli;

import org.concert.ruletests.RuleTest;
import org.concert.ruletests.RuleTestException;
import org.concert.ruletests.RuleTestResult;
import org.concert.ruletests.RuleTestRunner;
import org.concert.ruletests.RuleTests;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "test", description = {
        "Run the rule tests (rules/tests/*.yaml, or the files given) against the rules: each entry's facts are evaluated "
                + "as a case and its claims checked; a claim that names no kind, proposition, level or fact of the vocabulary fails.",
        "Exits 0 when every entry passes, 1 when one fails, 2 when the rules or the tests do not load."})
final class RulesTestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RulesOption rules;

    @Mixin
    CacheOptions cache;

    @Option(names = "--tests", paramLabel = "DIR", description = "rule-test directory, for its fixtures too (default: tests/ in --rules)")
    Path tests;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "run only the entries of these rule-test files")
    List<Path> files;

    @Override
    public Integer call() {
        Path dir = tests != null ? tests : rules.dir.resolve("tests");
        List<RuleTest> all;
        try {
            all = RuleTests.load(dir, files == null ? List.of() : files);
        } catch (RuleTestException e) {
            PrintWriter err = spec.commandLine().getErr();
            e.problems().forEach(err::println);
            err.flush();
            return ConcertCli.BAD_INPUT;
        }
        RuleTestRunner runner = new RuleTestRunner(cache.load(rules.dir));
        PrintWriter out = spec.commandLine().getOut();
        int failed = 0;
        for (RuleTestResult r : runner.runSuite(all)) {
            if (!r.passed()) {
                failed++;
                out.println("FAIL " + r.report());
            }
        }
        out.println((all.size() - failed) + " of " + all.size() + " rule tests pass" + (failed == 0 ? "" : ", " + failed + " fail")
                + " (" + dir + ")");
        out.flush();
        return failed == 0 ? 0 : 1;
    }
}
