package org.concert.evaluation;

import org.concert.casefile.CaseFact;
import org.concert.casefile.Source;

import java.time.LocalDate;

/** A case fact as a justification shows it: where it is written, when, what it says, and its source. */
public record FactRef(String path, LocalDate date, String summary, Source source) {

    public static FactRef of(CaseFact fact) {
        return new FactRef(fact.path(), fact.date(), fact.summary(), fact.source());
    }
}
