package org.concert.cli;

import picocli.CommandLine.Option;

/** How a command prints its result: readable text, or the API's JSON. */
final class Output {

    enum Format { text, json }

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    boolean json() {
        return format == Format.json;
    }
}
