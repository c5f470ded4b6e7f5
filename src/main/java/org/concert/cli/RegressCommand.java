package org.concert.cli;

import org.concert.casefile.CaseFile;
import org.concert.casefile.CaseLoader;
import org.concert.regression.CaseReport;
import org.concert.regression.ExpectationResult;
import org.concert.regression.LeadTime;
import org.concert.regression.RegressionSuite;
import org.concert.regression.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "regress", description = "Check every expectation of the cases (all, or the files given) against the rules; "
        + "writes regression.json and regression-junit.xml; exits 1 if any expectation fails.")
final class RegressCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Inputs inputs;

    @Parameters(paramLabel = "CASE", arity = "0..*", description = "case files (default: every case in --cases)")
    List<Path> files;

    @Mixin
    ReportsDir out;

    @Mixin
    Limits limits;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<CaseFile> cases = files == null || files.isEmpty() ? inputs.library().cases()
                : files.stream().map(CaseLoader::load).toList();
        err.println("loading the rules in " + inputs.rules.dir + " …");
        err.flush();
        RegressionSuite suite = new RegressionSuite(inputs.ruleBase(), limits.limits());
        List<CaseReport> reports = suite.run(cases, (i, c) -> {
            err.printf("[%d/%d] %s%n", i + 1, cases.size(), c.id());
            err.flush();
        });
        o.printf("%-40s %-13s %s%n", "case", "expectations", "lead time (first warning at the outcome's expected level)");
        for (CaseReport r : reports) {
            List<LeadTime> leads = r.leadTimes();
            String first = leads.isEmpty() ? "no outcomes" : describe(leads.get(0));
            o.printf("%-40s %-13s %s%n", r.caseId(), r.met() + "/" + r.expectations().size() + (r.passed() ? " met" : " FAIL"), first);
            for (LeadTime l : leads.subList(Math.min(1, leads.size()), leads.size())) o.printf("%-54s %s%n", "", describe(l));
        }
        long failed = reports.stream().mapToLong(r -> r.expectations().size() - r.met()).sum();
        for (CaseReport r : reports) {
            for (ExpectationResult e : r.expectations()) {
                if (e.passed()) continue;
                o.printf("%nFAILED %s%n  %s%n  rules involved: %s%n", e.name(), e.detail(), String.join("; ", e.rules()));
            }
        }
        Reports.write(out.resolve("regression.json"), Reports.json(Reports.summary(reports)));
        Reports.write(out.resolve("regression-junit.xml"), Reports.junitXml(reports));
        long total = reports.stream().mapToLong(r -> r.expectations().size()).sum();
        o.printf("%n%d case(s), %d/%d expectation(s) met; reports: %s, %s%n", reports.size(), total - failed, total,
                out.resolve("regression.json"), out.resolve("regression-junit.xml"));
        o.flush();
        return failed == 0 ? 0 : 1;
    }

    private static String describe(LeadTime l) {
        if (l.firstWarning() == null) return l.outcome() + " " + l.outcomeDate() + ": no " + l.expectedLevel() + "+ warning";
        return l.outcome() + " " + l.outcomeDate() + ": " + l.expectedLevel() + "+ from " + l.firstWarning() + ", " + l.years() + " y";
    }
}
