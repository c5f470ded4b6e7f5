package org.concert.casefile;

import java.time.LocalDate;

/**
 * The actor was a great power until {@code until}: known from that day on. A war's loser stripped of
 * its status by the defeat was still the great power whose treatment opens the juncture (P7).
 */
public record PastGreatPower(String actor, LocalDate since, LocalDate until, Source source, String path) implements CaseFact {

    @Override
    public LocalDate date() {
        return until;
    }

    @Override
    public String summary() {
        return actor + " was a great power until " + until;
    }
}
