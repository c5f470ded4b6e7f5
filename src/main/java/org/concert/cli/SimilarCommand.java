package org.concert.cli;

import org.concert.casefile.CaseFile;
import org.concert.regression.Reports;
import org.concert.regression.SimilarCases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "similar", description = "The library's cases most alike a case at a date: those where the same propositions fire.")
final class SimilarCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Inputs inputs;

    @Parameters(index = "0", paramLabel = "CASE", description = "case file or case id")
    String caseName;

    @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "the date to compare at (YYYY-MM-DD)")
    LocalDate asOf;

    @Mixin
    Limits limits;

    @Mixin
    Output output;

    @Override
    public Integer call() {
        CaseFile c = inputs.loadCase(caseName);
        List<SimilarCases.Similarity> ranked = new SimilarCases(inputs.ruleBase(), limits.limits())
                .rank(c, asOf, inputs.library().cases());
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            out.println(Reports.json(ranked));
        } else {
            out.printf("Cases most alike %s as of %s%n", c.id(), asOf);
            for (SimilarCases.Similarity s : ranked) {
                out.printf("  %.2f  %-34s shared %s%n", s.score(), s.caseId(), s.shared().isEmpty() ? "nothing" : String.join(", ", s.shared()));
            }
        }
        out.flush();
        return 0;
    }
}
