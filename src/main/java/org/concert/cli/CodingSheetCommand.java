package org.concert.cli;

import org.concert.casefile.CodingSheet;
import org.concert.regression.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "coding-sheet", description = "Write the blinded sheet for a second coding of the judgement fields "
        + "(acceptedBy, imposed, binding) of every case: each value to decide, its fact and source, the value left blank "
        + "(docs/codebook.md, \"Second coding\").")
final class CodingSheetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Inputs inputs;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "target/coding-sheet.csv", description = "where to write the sheet (default: ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() {
        List<CodingSheet.Unit> units = CodingSheet.units(inputs.library().cases());
        Reports.write(out, CodingSheet.blinded(units));
        spec.commandLine().getOut().printf("%d value(s) to code in %d case(s): %s%n", units.size(),
                units.stream().map(CodingSheet.Unit::caseId).distinct().count(), out);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
