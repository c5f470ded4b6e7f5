package org.concert.casefile;

import java.time.LocalDate;

/** The actor is a great power on the as-of date. */
public record GreatPower(String actor, LocalDate since, Source source, String path) implements CaseFact {

    @Override
    public LocalDate date() {
        return since;
    }

    @Override
    public String summary() {
        return actor + " is a great power";
    }
}
