package org.concert.cli;

import org.concert.rulebase.RuleBase;
import org.concert.rulebase.RuleBaseCache;
import org.concert.rulebase.RuleFiles;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;

/** Where compiled rule bases are kept between runs, so that a command whose rules did not change compiles nothing. */
final class CacheOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "where compiled rule bases are kept (default: $" + RuleBaseCache.ENVIRONMENT
                    + ", else $XDG_CACHE_HOME/concert or ~/.cache/concert; '" + RuleBaseCache.OFF + "' keeps none)")
    String dir;

    @Option(names = "--no-cache", description = "compile the rules, neither loading nor keeping a compiled rule base")
    boolean off;

    RuleBase load(Path rulesDir) {
        return cache().load(RuleFiles.read(rulesDir));
    }

    RuleBaseCache cache() {
        if (off) return RuleBaseCache.off();
        return RuleBaseCache.configured(dir, notice -> command.commandLine().getErr().println(notice));
    }
}
