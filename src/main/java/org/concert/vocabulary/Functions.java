package org.concert.vocabulary;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The few pure functions rules and statement templates may call, beyond the accessors of the vocabulary. */
public final class Functions {

    private Functions() {
    }

    /** Whole years from {@code from} to {@code to}, e.g. for "no act of expansion for 22 years". */
    public static long yearsBetween(LocalDate from, LocalDate to) {
        return ChronoUnit.YEARS.between(from, to);
    }

    /** {@code part} as a share of {@code whole}, e.g. one power's defence spending against an alliance's. */
    public static double ratio(Number part, Number whole) {
        return part.doubleValue() / whole.doubleValue();
    }

    /** The day {@code years} (a parameter's value, rounded) after {@code day}. */
    public static LocalDate yearsAfter(LocalDate day, double years) {
        return day.plusYears(Math.round(years));
    }
}
