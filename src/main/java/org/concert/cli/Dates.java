package org.concert.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads a date option, naming the option when it is not a date. */
final class Dates {
    private Dates() {
    }

    static LocalDate parse(String text, String option) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + ": \"" + text + "\" is not a date (YYYY-MM-DD)");
        }
    }
}
