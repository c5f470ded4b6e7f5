package org.concert.cli;

import org.concert.regression.Backtest;
import org.concert.regression.CaseReport;
import org.concert.regression.RegressionSuite;
import org.concert.regression.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "backtest", description = "Score the theory on every case: lead times, expectations met, missed warnings, false alarms; writes backtest.md and backtest.json.")
final class BacktestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Inputs inputs;

    @Mixin
    ReportsDir out;

    @Mixin
    Limits limits;

    @Override
    public Integer call() {
        var cases = inputs.library().cases();
        var err = spec.commandLine().getErr();
        List<CaseReport> reports = new RegressionSuite(inputs.ruleBase(), limits.limits()).run(cases, (i, c) -> {
            err.printf("[%d/%d] %s%n", i + 1, cases.size(), c.id());
            err.flush();
        });
        Backtest b = Backtest.of(reports);
        String markdown = Reports.markdown(b);
        Reports.write(out.resolve("backtest.md"), markdown);
        Reports.write(out.resolve("backtest.json"), Reports.json(b));
        spec.commandLine().getOut().println(markdown);
        spec.commandLine().getOut().printf("written: %s, %s%n", out.resolve("backtest.md"), out.resolve("backtest.json"));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
