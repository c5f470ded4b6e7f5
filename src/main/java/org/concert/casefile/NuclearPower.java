package org.concert.casefile;

import java.time.LocalDate;

/** The actor holds nuclear weapons on the as-of date. */
public record NuclearPower(String actor, LocalDate since, Source source, String path) implements CaseFact {

    @Override
    public LocalDate date() {
        return since;
    }

    @Override
    public String summary() {
        return actor + " is a nuclear power";
    }
}
