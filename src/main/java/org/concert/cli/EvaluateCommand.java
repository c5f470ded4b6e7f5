package org.concert.cli;

import org.concert.casefile.CaseFile;
import org.concert.casefile.CaseLoader;
import org.concert.evaluation.Evaluation;
import org.concert.session.Evaluator;
import org.concert.rulebase.RuleBase;
import org.concert.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

@Command(name = "evaluate", description = "Evaluate a case as of a date and print its warnings with their justifications.")
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE", description = "case file, e.g. cases/russia-west-1990-2022.json")
    Path caseFile;

    @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "the date to evaluate at (YYYY-MM-DD)")
    LocalDate asOf;

    @Mixin
    RulesOption rules;

    @Mixin
    CacheOptions cache;

    @Mixin
    Limits limits;

    @Mixin
    Output output;

    @Override
    public Integer call() {
        CaseFile c = CaseLoader.load(caseFile);
        RuleBase ruleBase = cache.load(rules.dir);
        Evaluation evaluation = new Evaluator(limits.limits()).evaluate(ruleBase, c, asOf);
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            out.println(Json.pretty(evaluation));
            out.flush();
        } else {
            new TextReport(out).print(evaluation);
        }
        return 0;
    }
}
