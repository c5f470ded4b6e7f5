package org.concert.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where {@code import} and {@code validate} read the data sets and the library cases whose hand-coded facts they merge. */
final class DataInputs {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data", description = "the data sets (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--cases", paramLabel = "DIR", defaultValue = "cases", description = "library cases whose hand-coded facts are merged (default: ${DEFAULT-VALUE})")
    Path cases;
}
