package org.concert.cli;

import org.concert.casefile.CaseFile;
import org.concert.casefile.CaseLibrary;
import org.concert.validation.Reports;
import org.concert.validation.ValidationRun;
import org.concert.validation.data.FactData;
import org.concert.validation.facts.CaseJson;
import org.concert.validation.facts.Dyad;
import org.concert.validation.facts.Dyads;
import org.concert.validation.facts.Importer;
import org.concert.validation.facts.LibraryCases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "import", description = {
        "Generate the case file of every great power–neighbour dyad from the data sets in data/: each fact sourced to its "
                + "data set, version and line, hand-coded facts merged from the library cases that cover the dyad, no outcomes.",
        "Each case is checked like any case file before it is written."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataInputs inputs;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/validation/cases", description = "where to write the cases (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--dyad", paramLabel = "ID", description = "only this dyad, e.g. RUS-POL (repeatable; default: all)")
    List<String> dyads;

    @Override
    public Integer call() {
        FactData facts = FactData.load(inputs.data);
        Importer importer = new Importer(facts, LibraryCases.of(CaseLibrary.load(inputs.cases)));
        List<Dyad> selected = Dyads.select(facts, ValidationRun.FROM, ValidationRun.TO).stream()
                .filter(d -> dyads == null || dyads.contains(d.id())).toList();
        if (selected.isEmpty()) throw new IllegalArgumentException("no dyad to import" + (dyads == null ? "" : ": none of " + dyads));
        var o = spec.commandLine().getOut();
        for (Dyad d : selected) {
            CaseFile c = importer.caseOf(d);
            Path file = out.resolve(c.id() + ".json");
            Reports.write(file, CaseJson.write(c) + "\n");
            o.printf("%s: %d actors, %d organisations, %d memberships, %d events, %d months%s%n", file, c.actors().size(),
                    c.organisations().size(), c.memberships().size(), c.events().size(), d.months().size(),
                    importer.libraryCasesOf(d).isEmpty() ? "" : "; merged " + String.join(", ", importer.libraryCasesOf(d)));
        }
        o.flush();
        return 0;
    }
}
