package org.concert.cli;

import org.concert.casefile.Agreement;
import org.concert.casefile.CodingSheet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "agreement", description = "Agreement between the case files and a filled coding sheet: percent agreement and "
        + "Krippendorff's alpha (nominal) per judgement field and overall, and every disagreement.")
final class AgreementCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Inputs inputs;

    @Parameters(paramLabel = "SHEET", description = "a coding sheet filled by the second coder (coding-sheet writes it blank)")
    Path sheet;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        Map<String, String> second;
        try (Reader r = Files.newBufferedReader(sheet)) {
            second = CodingSheet.read(r);
        }
        Map<String, List<List<String>>> byField = new LinkedHashMap<>();
        List<String> disagreements = new ArrayList<>();
        int coded = 0;
        for (CodingSheet.Unit u : CodingSheet.units(inputs.library().cases())) {
            String theirs = second.getOrDefault(u.unit(), "");
            if (!theirs.isEmpty()) coded++;
            List<String> pair = java.util.Arrays.asList(u.value(), theirs.isEmpty() ? null : theirs);
            byField.computeIfAbsent(u.field(), k -> new ArrayList<>()).add(pair);
            byField.computeIfAbsent("all", k -> new ArrayList<>()).add(pair);
            if (!theirs.isEmpty() && !theirs.equals(u.value())) {
                disagreements.add(u.unit() + ": case file " + u.value() + ", second coder " + theirs);
            }
        }
        o.printf("%d unit(s) coded by the second coder%n%-12s %6s %9s %7s%n", coded, "field", "units", "agreement", "alpha");
        for (Map.Entry<String, List<List<String>>> f : byField.entrySet()) {
            List<List<String>> units = f.getValue();
            long pairable = units.stream().filter(u -> u.get(1) != null).count();
            o.printf(Locale.ROOT, "%-12s %6d %8.1f%% %7.3f%n", f.getKey(), pairable, 100 * Agreement.percent(units), Agreement.alpha(units));
        }
        o.printf("%n%d disagreement(s)%n", disagreements.size());
        disagreements.forEach(d -> o.println("  " + d));
        o.flush();
        return 0;
    }
}
