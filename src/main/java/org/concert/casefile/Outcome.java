package org.concert.casefile;

import java.time.LocalDate;

/**
 * What happened later, e.g. a war's start. Used only to score lead time and expectations:
 * an outcome never becomes a fact, so no rule can see it. {@code expectedLevel} is the level a
 * timely warning should reach before it.
 */
public record Outcome(String id, LocalDate date, String title, Level expectedLevel, Source source, String path) {

    Outcome at(String path) {
        return new Outcome(id, date, title, expectedLevel, source, path);
    }
}
