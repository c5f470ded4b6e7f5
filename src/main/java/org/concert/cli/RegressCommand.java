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
        + "reports the regression guards (expectations written after the rules' answer was seen) apart from the forecasts "
        + "(registered before the rules ran); writes regression.json and regression-junit.xml; exits 1 if a guard fails.")
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
        o.printf("%-34s %-12s %-12s %-9s %s%n", "case", "guards", "forecasts", "withdrawn",
                "lead time (first warning at the outcome's expected level)");
        for (CaseReport r : reports) {
            List<LeadTime> leads = r.leadTimes();
            String first = leads.isEmpty() ? "no outcomes" : describe(leads.get(0));
            o.printf("%-34s %-12s %-12s %-9s %s%n", r.caseId(), group(r.guards(), " FAIL"), group(r.forecasts(), ""),
                    r.withdrawn().size(), first);
            for (LeadTime l : leads.subList(Math.min(1, leads.size()), leads.size())) o.printf("%-70s %s%n", "", describe(l));
        }
        long failedGuards = 0;
        for (CaseReport r : reports) {
            for (ExpectationResult e : r.expectations()) {
                if (e.passed() || e.withdrawn()) continue;
                if (e.isGuard()) failedGuards++;
                o.printf("%n%s %s%n  %s%n  rules involved: %s%n", e.isGuard() ? "FAILED" : "MISSED (forecast)", e.name(), e.detail(),
                        String.join("; ", e.rules()));
            }
        }
        Reports.write(out.resolve("regression.json"), Reports.json(Reports.summary(reports)));
        Reports.write(out.resolve("regression-junit.xml"), Reports.junitXml(reports));
        Reports.Group guards = Reports.total(reports, false), forecasts = Reports.total(reports, true);
        long withdrawn = reports.stream().mapToLong(r -> r.withdrawn().size()).sum();
        o.printf("%n%d case(s); written after the rules ran (regression guards): %d/%d met; registered before the rules ran "
                        + "(forecasts): %d/%d met; withdrawn: %d; reports: %s, %s%n", reports.size(), guards.met(), guards.of(),
                forecasts.met(), forecasts.of(), withdrawn, out.resolve("regression.json"), out.resolve("regression-junit.xml"));
        o.flush();
        return failedGuards == 0 ? 0 : 1;
    }

    private static String group(List<ExpectationResult> results, String failure) {
        if (results.isEmpty()) return "–";
        long met = results.stream().filter(ExpectationResult::passed).count();
        return met + "/" + results.size() + (met == results.size() ? " met" : failure);
    }

    private static String describe(LeadTime l) {
        if (l.firstWarning() == null) return l.outcome() + " " + l.outcomeDate() + ": no " + l.expectedLevel() + "+ warning";
        return l.outcome() + " " + l.outcomeDate() + ": " + l.expectedLevel() + "+ from " + l.firstWarning() + ", " + l.years() + " y";
    }
}
