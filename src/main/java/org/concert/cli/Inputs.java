package org.concert.cli;

import org.concert.casefile.CaseFile;
import org.concert.casefile.CaseLibrary;
import org.concert.casefile.CaseLoader;
import org.concert.rulebase.RuleBase;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where commands read rules and cases from; a case is named by its file or by its id in the cases directory. */
final class Inputs {

    @Mixin
    RulesOption rules;

    @Mixin
    CacheOptions cache;

    @Option(names = "--cases", paramLabel = "DIR", defaultValue = "cases", description = "cases directory (default: ${DEFAULT-VALUE})")
    Path cases;

    RuleBase ruleBase() {
        return cache.load(rules.dir);
    }

    CaseLibrary library() {
        return CaseLibrary.load(cases);
    }

    CaseFile loadCase(String fileOrId) {
        Path file = Path.of(fileOrId);
        if (Files.isRegularFile(file)) return CaseLoader.load(file);
        Path inLibrary = cases.resolve(fileOrId + ".json");
        if (Files.isRegularFile(inLibrary)) return CaseLoader.load(inLibrary);
        throw new IllegalArgumentException("no case file " + fileOrId + " and no case with that id in " + cases);
    }
}
