package org.concert.cli;

import org.concert.rulebase.RuleBase;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The rules directory a command compiles its rule base from. */
final class RulesOption {

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules", description = "rules directory (default: ${DEFAULT-VALUE})")
    Path dir;

    RuleBase load() {
        return RuleBase.load(dir);
    }
}
