package org.concert.casefile;

import java.time.LocalDate;

/**
 * What happened later, e.g. a war's start. Used only to score lead time and expectations:
 * an outcome never becomes a fact, so no rule can see it. {@code expectedLevel} is the level a
 * timely warning should reach before it. {@code selectedBy} names the stated rule that chose it
 * (docs/codebook.md, "Outcomes by rule").
 */
public record Outcome(String id, LocalDate date, String title, Level expectedLevel, OutcomeSelection selectedBy,
                      String note, Source source, String path) {

    Outcome at(String path) {
        return new Outcome(id, date, title, expectedLevel, selectedBy, note, source, path);
    }
}
