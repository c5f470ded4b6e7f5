package org.concert.cli;

import org.concert.regression.Step;
import org.springframework.boot.convert.DurationStyle;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * How option values become dates, steps and durations. A value that does not convert is reported as
 * {@code --option: "value" is not …} ({@link ConcertCli}), like a bad value in a case file.
 */
final class Converters {

    private Converters() {
    }

    static void register(CommandLine cli) {
        cli.registerConverter(LocalDate.class, Converters::date);
        cli.registerConverter(Step.class, Converters::step);
        cli.registerConverter(Duration.class, Converters::duration);
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("\"" + text + "\" is not a date (YYYY-MM-DD)");
        }
    }

    static Step step(String text) {
        try {
            return Step.parse(text);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    /** As the server's settings read them ({@code 10s}, {@code 500ms}, {@code 2m}, or ISO-8601 {@code PT10S}). */
    static Duration duration(String text) {
        try {
            Duration d = DurationStyle.detectAndParse(text);
            if (d.isNegative() || d.isZero()) throw new IllegalArgumentException("not positive");
            return d;
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("\"" + text + "\" is not a positive duration (e.g. 10s, 500ms, 2m)");
        }
    }
}
