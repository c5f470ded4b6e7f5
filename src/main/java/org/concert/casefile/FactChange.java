package org.concert.casefile;

import java.time.LocalDate;

/**
 * On {@code date}, the fact at {@code key} (its JSON path) becomes {@code fact}, or ends when
 * {@code fact} is null. A case is a date-ordered list of these; replaying them up to a date gives
 * exactly what was known then.
 */
public record FactChange(LocalDate date, String key, CaseFact fact) {

    public boolean isEnd() {
        return fact == null;
    }
}
