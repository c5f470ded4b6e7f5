package org.concert.evaluation;

import java.time.LocalDate;

/** A conclusion as users see it, e.g. "Russia is excluded from the European security order", since when, and why. */
public record DerivedConclusion(String kind, String subject, String object, String statement, LocalDate since,
                                Justification justification) {
}
