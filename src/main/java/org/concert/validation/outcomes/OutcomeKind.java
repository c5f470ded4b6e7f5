package org.concert.validation.outcomes;

import java.time.YearMonth;

/**
 * What a warning is scored against, with the months its data cover and where training ends. Forecasts made in
 * months up to {@code trainEnd} minus the horizon train the statistical baseline and calibrate every model; those
 * from {@code testFrom} to {@code coverageEnd} minus the horizon are the test.
 */
public enum OutcomeKind {
    /** A dyadic militarized dispute reaching hostility 4 (use of force) or 5 (war), MID 5.0. */
    MID_FORCE("MID onset, hostility ≥ 4", YearMonth.of(1816, 1), YearMonth.of(1945, 12), YearMonth.of(1946, 1), YearMonth.of(2014, 12)),
    /** A dyadic militarized dispute with at least one battle death, MID 5.0. */
    FATAL_MID("Fatal MID onset", YearMonth.of(1816, 1), YearMonth.of(1945, 12), YearMonth.of(1946, 1), YearMonth.of(2014, 12)),
    /** The onset of an inter-state war between the two (COW Inter-State War 4.0, which covers 1816–2007). */
    WAR("COW war onset", YearMonth.of(1816, 1), YearMonth.of(1945, 12), YearMonth.of(1946, 1), YearMonth.of(2007, 12)),
    /** A new episode of inter-state armed conflict between the two (UCDP/PRIO, from 1946): tested after 2014. */
    UCDP("UCDP interstate conflict onset", YearMonth.of(1946, 1), YearMonth.of(2014, 12), YearMonth.of(2015, 1), YearMonth.of(2024, 12));

    private final String title;
    private final YearMonth coverageFrom;
    private final YearMonth trainEnd;
    private final YearMonth testFrom;
    private final YearMonth coverageEnd;

    OutcomeKind(String title, YearMonth coverageFrom, YearMonth trainEnd, YearMonth testFrom, YearMonth coverageEnd) {
        this.title = title;
        this.coverageFrom = coverageFrom;
        this.trainEnd = trainEnd;
        this.testFrom = testFrom;
        this.coverageEnd = coverageEnd;
    }

    public String title() {
        return title;
    }

    /** Whether a forecast made at the end of {@code month} belongs to the period, its horizon inside the data. */
    public boolean inPeriod(Period period, YearMonth month, int horizon) {
        return switch (period) {
            case TRAIN -> !month.isBefore(coverageFrom) && !month.plusMonths(horizon).isAfter(trainEnd);
            case TEST -> !month.isBefore(testFrom) && !month.plusMonths(horizon).isAfter(coverageEnd);
        };
    }

    public String label(Period period) {
        return period == Period.TRAIN ? coverageFrom.getYear() + "–" + trainEnd.getYear() : testFrom.getYear() + "–" + coverageEnd.getYear();
    }

    /** The two periods: the past that trains and calibrates, and the test. */
    public enum Period {
        TRAIN, TEST
    }
}
