package org.concert.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where a command writes its report files. */
final class ReportsDir {

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target", description = "where to write the reports (default: ${DEFAULT-VALUE})")
    Path dir;

    Path resolve(String file) {
        return dir.resolve(file);
    }
}
