package org.concert.cli;

import org.concert.validation.Reports;
import org.concert.validation.Results;
import org.concert.validation.ValidationRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "validate", description = {
        "Backtest on the record: facts from the data sets in data/ for every great power–neighbour dyad from 1816, replayed "
                + "monthly with the rules frozen, scored against five baselines on the same dyad-months.",
        "Writes validation.json and report.md; the server shows the JSON at /validation.html."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RulesOption rules;

    @Mixin
    DataInputs inputs;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/validation", description = "where to write the reports (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "units run at once (default: the number of cores)")
    Integer threads;

    @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "1000", description = "bootstrap draws for the intervals (default: ${DEFAULT-VALUE})")
    int bootstrap;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "14", description = "seed of the bootstrap (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--without-library", description = "leave out the hand-coded facts of the library cases: the data alone")
    boolean withoutLibrary;

    @Option(names = "--dyad", paramLabel = "ID", description = "only this dyad, e.g. RUS-POL (repeatable; default: all)")
    List<String> dyads;

    @Override
    public Integer call() {
        if (bootstrap < 0) throw new IllegalArgumentException("--bootstrap: must be 0 or more, not " + bootstrap);
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (n < 1) throw new IllegalArgumentException("--threads: must be at least 1, not " + n);
        var err = spec.commandLine().getErr();
        long start = System.nanoTime();
        Results.Report report = new ValidationRun(new ValidationRun.Options(inputs.data, inputs.cases, rules.dir, n, bootstrap, seed,
                dyads == null ? List.of() : dyads, !withoutLibrary), err).run();
        Reports.write(out.resolve("validation.json"), Reports.json(report));
        Reports.write(out.resolve("report.md"), Reports.markdown(report));
        var o = spec.commandLine().getOut();
        o.println(Reports.verdict(Reports.find(report, Reports.HEADLINE_OUTCOME, Reports.HEADLINE_HORIZON, "TEST")));
        o.printf("written: %s, %s (rules %s, %.1f s); the server shows them at /validation.html%n", out.resolve("validation.json"),
                out.resolve("report.md"), report.rules(), (System.nanoTime() - start) / 1e9);
        o.flush();
        return 0;
    }
}
