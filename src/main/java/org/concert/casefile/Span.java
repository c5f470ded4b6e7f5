package org.concert.casefile;

import java.time.LocalDate;

/** A period during which an actor holds a status (great power, nuclear power); {@code to} is open-ended when null. */
public record Span(LocalDate from, LocalDate to, Source source) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (to == null || day.isBefore(to));
    }
}
