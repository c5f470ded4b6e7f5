package org.concert.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The rules directory a command reads. Commands that evaluate load it through {@link CacheOptions}. */
final class RulesOption {

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules", description = "rules directory (default: ${DEFAULT-VALUE})")
    Path dir;
}
