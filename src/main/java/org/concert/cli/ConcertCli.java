package org.concert.cli;

import org.concert.casefile.InvalidCaseException;
import org.concert.session.EvaluationTimeoutException;
import org.concert.rulebase.RuleBaseException;
import org.concert.session.RunawayRulesException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.TypeConversionException;

import java.io.PrintWriter;
import java.time.format.DateTimeParseException;

/** The {@code concert} command and its exit codes: 0 success, 1 a check failed, 2 bad input. */
@Command(name = "concert", mixinStandardHelpOptions = true, version = "Concert 0.1",
        description = "Conflict early warning from the propositions of Sauer (2022).",
        subcommands = {EvaluateCommand.class, TimelineCommand.class, RegressCommand.class, BacktestCommand.class,
                SimilarCommand.class, RulesCommand.class, ImportCommand.class, ValidateCommand.class,
                CodingSheetCommand.class, AgreementCommand.class})
public final class ConcertCli {

    public static final int BAD_INPUT = 2;

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new ConcertCli());
        Converters.register(cli);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof InvalidCaseException || e instanceof RuleBaseException || e instanceof RunawayRulesException
                    || e instanceof EvaluationTimeoutException || e instanceof DateTimeParseException
                    || e instanceof IllegalArgumentException) {
                commandLine.getErr().println(e.getMessage());
                return BAD_INPUT;
            }
            throw e;
        });
        cli.setParameterExceptionHandler((e, args1) -> {
            PrintWriter to = e.getCommandLine().getErr();
            if (e.getCause() instanceof TypeConversionException bad && e.getArgSpec() instanceof OptionSpec option) {
                // A bad value reads like one in a case file: where, then what (the usage would bury it).
                to.println(option.longestName() + ": " + bad.getMessage());
            } else {
                to.println(e.getMessage());
                e.getCommandLine().usage(to);
            }
            return BAD_INPUT;
        });
        return cli.execute(args);
    }
}
