package org.concert.cli;

import org.concert.catalogue.Catalogue;
import org.concert.rulebase.RuleBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "rules", subcommands = {RulesCheckCommand.class, RulesTestCommand.class}, description = {
        "List the rules by the paper's propositions: each with its proposition, section, role, level and the cases in which it fires.",
        "Exits 1 when a proposition is neither encoded by a rule nor declined with a reason."})
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Inputs inputs;

    @Option(names = "--markdown", description = "print the catalogue as Markdown, as in docs/rules.md")
    boolean markdown;

    @Option(names = "--write", paramLabel = "FILE", description = "write the Markdown catalogue to FILE, e.g. docs/rules.md")
    Path write;

    @Override
    public Integer call() {
        RuleBase ruleBase = inputs.ruleBase();
        Catalogue catalogue = Catalogue.build(ruleBase, inputs.library().cases());
        PrintWriter out = spec.commandLine().getOut();
        if (write != null) {
            try {
                if (write.toAbsolutePath().getParent() != null) Files.createDirectories(write.toAbsolutePath().getParent());
                Files.writeString(write, catalogue.markdown(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalArgumentException("--write: cannot write " + write + ": " + e.getMessage(), e);
            }
            out.println("wrote " + write + ": " + catalogue.summary());
        } else {
            out.print(markdown ? catalogue.markdown() : catalogue.text());
        }
        out.flush();
        for (Catalogue.Item missing : catalogue.missing()) {
            spec.commandLine().getErr().println(missing.proposition().id() + ": neither encoded by a rule nor declined with a reason in "
                    + ruleBase.propositions().file());
        }
        return catalogue.missing().isEmpty() ? 0 : 1;
    }
}
