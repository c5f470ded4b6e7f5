package org.concert.casefile;

import java.time.LocalDate;

/** The stretch of history a case covers. */
public record Period(LocalDate from, LocalDate to) {
}
