package org.concert.cli;

import org.concert.authoring.Screening;
import picocli.CommandLine;

/** Commands of the command line, set up as tests need them. */
public final class CliAccess {

    private CliAccess() {
    }

    /** {@code concert rules check} with its screening replaced (to try the sandbox with what a validator might miss). */
    public static int rulesCheck(Screening screening, String... args) {
        RulesCheckCommand command = new RulesCheckCommand();
        command.screening = screening;
        return new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }
}
