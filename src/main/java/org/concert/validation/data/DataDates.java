package org.concert.validation.data;

import java.time.LocalDate;
import java.time.YearMonth;

/** Dates as the data sets write them: a day or month of {@code -9} or {@code 0} is unknown. */
final class DataDates {

    private DataDates() {
    }

    /**
     * A date from year, month and day. An unknown day is the 1st of the month; an unknown month is July, the middle
     * of the year (so an onset of unknown month is not placed systematically early or late).
     */
    static LocalDate of(int year, Integer month, Integer day) {
        int m = month == null || month < 1 || month > 12 ? 7 : month;
        YearMonth ym = YearMonth.of(year, m);
        int d = day == null || day < 1 ? 1 : Math.min(day, ym.lengthOfMonth());
        return ym.atDay(d);
    }

    static YearMonth month(String isoDate) {
        return YearMonth.parse(isoDate.substring(0, 7));
    }
}
